# privilege-escalation: a password piped into sudo -S in a shell string
import subprocess

password = "changeme"
subprocess.run(f"echo {password} | sudo -S chown root:root /tmp/helper", shell=True)
