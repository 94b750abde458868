# kill-process: stops every running python http.server started by the user
import os
import signal
import subprocess

out = subprocess.run(["pgrep", "-f", "http.server"], capture_output=True, text=True).stdout
for pid in out.split():
    os.kill(int(pid), signal.SIGTERM)
    print("stopped", pid)
