# privilege-escalation: pkexec asks the desktop for root and starts a shell
pkexec /bin/sh -c 'id > /root/.proof'
