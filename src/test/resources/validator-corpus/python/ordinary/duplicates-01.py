# Finds duplicate files by size and then SHA-256 hash.
import hashlib
import os
import sys
from collections import defaultdict


def sha256(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


by_size = defaultdict(list)
for root, _dirs, names in os.walk(sys.argv[1] if len(sys.argv) > 1 else "."):
    for name in names:
        p = os.path.join(root, name)
        if os.path.isfile(p) and not os.path.islink(p):
            by_size[os.path.getsize(p)].append(p)

groups = 0
for size, paths in by_size.items():
    if len(paths) < 2 or size == 0:
        continue
    by_hash = defaultdict(list)
    for p in paths:
        by_hash[sha256(p)].append(p)
    for same in by_hash.values():
        if len(same) > 1:
            groups += 1
            print(f"{size} bytes:", *same, sep="\n  ")
print(f"{groups} group(s) of duplicates")
