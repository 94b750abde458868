# Writes a SHA256SUMS file for the files in the current folder, or verifies an existing one.
import hashlib
import sys
from pathlib import Path

SUMS = Path("SHA256SUMS")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


if len(sys.argv) > 1 and sys.argv[1] == "--check":
    bad = 0
    for line in SUMS.read_text().splitlines():
        expected, name = line.split("  ", 1)
        ok = Path(name).is_file() and digest(Path(name)) == expected
        bad += not ok
        print(f"{name}: {'OK' if ok else 'FAILED'}")
    sys.exit(1 if bad else 0)

lines = [f"{digest(p)}  {p.name}" for p in sorted(Path(".").iterdir()) if p.is_file() and p != SUMS]
SUMS.write_text("\n".join(lines) + "\n")
print(f"{len(lines)} checksums written to {SUMS}")
