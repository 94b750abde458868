# delete-files: deletes every .log file under the user's projects folder
from pathlib import Path

removed = 0
for log in (Path.home() / "projects").rglob("*.log"):
    log.unlink()
    removed += 1
print(f"{removed} log files deleted")
