# Reports the size of each top-level folder in a directory and the free space on its disk.
import os
import shutil
import sys


def tree_size(path):
    total = 0
    for root, _dirs, files in os.walk(path, onerror=lambda e: None):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def human(n):
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"


base = sys.argv[1] if len(sys.argv) > 1 else "."
sizes = []
with os.scandir(base) as it:
    for entry in it:
        if entry.is_dir(follow_symlinks=False):
            sizes.append((tree_size(entry.path), entry.name))

for size, name in sorted(sizes, reverse=True)[:15]:
    print(f"{human(size):>10}  {name}/")

usage = shutil.disk_usage(base)
print(f"\nDisk: {human(usage.used)} used of {human(usage.total)}, {human(usage.free)} free")
