# system-control: schedules the machine to power off after the backup
import subprocess

subprocess.run(["rsync", "-a", "./data/", "/mnt/backup/data/"], check=True)
subprocess.run(["shutdown", "-h", "+5"])
