# privilege-escalation: symbolic chmod u+s plus root ownership of a helper
chown root:root ./netcheck
chmod u+s ./netcheck
