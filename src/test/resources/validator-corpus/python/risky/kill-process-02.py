# kill-process: pkill of the browser before its profile is copied
import subprocess

subprocess.run(["pkill", "-f", "firefox"])
subprocess.run(["killall", "-q", "chrome"])
