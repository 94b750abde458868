# Compares two CSV exports by an id column and lists added, removed and changed rows.
import csv
import sys


def load(path, key):
    with open(path, newline="", encoding="utf-8") as f:
        return {row[key]: row for row in csv.DictReader(f)}


old_path, new_path = sys.argv[1], sys.argv[2]
key = sys.argv[3] if len(sys.argv) > 3 else "id"
old, new = load(old_path, key), load(new_path, key)

added = sorted(new.keys() - old.keys())
removed = sorted(old.keys() - new.keys())
changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])

print(f"added:   {len(added)}", *added[:20], sep="\n  ")
print(f"removed: {len(removed)}", *removed[:20], sep="\n  ")
print(f"changed: {len(changed)}")
for k in changed[:20]:
    diffs = [f"{c}: {old[k][c]!r} -> {new[k].get(c)!r}" for c in old[k] if old[k][c] != new[k].get(c)]
    print(f"  {k}: " + "; ".join(diffs))
