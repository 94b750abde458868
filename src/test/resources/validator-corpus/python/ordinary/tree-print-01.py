# Prints a directory tree like the tree command, with a depth limit.
import sys
from pathlib import Path

max_depth = int(sys.argv[2]) if len(sys.argv) > 2 else 3
counts = {"dirs": 0, "files": 0}


def walk(path, prefix="", depth=0):
    if depth >= max_depth:
        return
    entries = sorted((p for p in path.iterdir() if not p.name.startswith(".")),
                     key=lambda p: (not p.is_dir(), p.name.lower()))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        print(prefix + ("└── " if last else "├── ") + entry.name)
        if entry.is_dir():
            counts["dirs"] += 1
            walk(entry, prefix + ("    " if last else "│   "), depth + 1)
        else:
            counts["files"] += 1


root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
print(root)
walk(root)
print(f"\n{counts['dirs']} directories, {counts['files']} files")
