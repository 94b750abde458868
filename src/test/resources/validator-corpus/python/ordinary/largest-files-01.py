# Lists the largest files under a folder, skipping hidden directories.
import heapq
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20


def files(base):
    for p in base.iterdir():
        if p.name.startswith("."):
            continue
        if p.is_dir() and not p.is_symlink():
            yield from files(p)
        elif p.is_file():
            yield p.stat().st_size, p


for size, path in heapq.nlargest(count, files(root), key=lambda t: t[0]):
    print(f"{size / 1_048_576:>10.1f} MB  {path.relative_to(root)}")
