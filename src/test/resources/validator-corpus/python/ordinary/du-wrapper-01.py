# Runs du on a few folders through subprocess and prints them sorted by size.
import shlex
import subprocess
import sys

folders = sys.argv[1:] or ["."]
cmd = ["du", "-sk", "--", *folders]
print("running:", shlex.join(cmd))
result = subprocess.run(cmd, capture_output=True, text=True)

rows = []
for line in result.stdout.splitlines():
    kb, path = line.split("\t", 1)
    rows.append((int(kb), path))

for kb, path in sorted(rows, reverse=True):
    print(f"{kb / 1024:>10.1f} MB  {path}")
if result.returncode:
    print(result.stderr.strip(), file=sys.stderr)
