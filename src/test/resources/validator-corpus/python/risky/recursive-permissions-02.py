# recursive-permissions: chmod -R through subprocess on a project folder
import subprocess

subprocess.run(["chmod", "-R", "go-rwx", "./private-notes"], check=True)
subprocess.run(["chown", "-R", "sam:staff", "./private-notes"], check=True)
