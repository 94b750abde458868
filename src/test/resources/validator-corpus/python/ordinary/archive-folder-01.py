# Zips a project folder into a dated archive in the current directory, excluding caches.
import sys
import zipfile
from datetime import date
from pathlib import Path

EXCLUDE = {"__pycache__", ".git", "node_modules", ".venv"}

src = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
target = Path(f"{src.name}-{date.today():%Y%m%d}.zip")

count = 0
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
    for path in src.rglob("*"):
        if any(part in EXCLUDE for part in path.relative_to(src).parts):
            continue
        if path.is_file() and path.resolve() != target.resolve():
            zf.write(path, path.relative_to(src))
            count += 1

print(f"{count} files -> {target} ({target.stat().st_size / 1024:.0f} KB)")
