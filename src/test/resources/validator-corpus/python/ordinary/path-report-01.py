# Shows the PATH entries, which ones are missing, and where common tools are found.
import os
import shutil

entries = os.environ.get("PATH", "").split(os.pathsep)
seen = set()
for entry in entries:
    status = "ok"
    if entry in seen:
        status = "duplicate"
    elif not os.path.isdir(entry):
        status = "missing"
    seen.add(entry)
    print(f"{status:<10} {entry}")

print()
for tool in ("python3", "pip", "git", "node", "docker", "code"):
    print(f"{tool:<8} {shutil.which(tool) or '-'}")
