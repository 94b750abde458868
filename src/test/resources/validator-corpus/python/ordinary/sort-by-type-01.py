# Tidies the current folder by moving files into sub-folders named after their type.
import shutil
from pathlib import Path

GROUPS = {
    "images": {".jpg", ".jpeg", ".png", ".gif", ".webp"},
    "documents": {".pdf", ".docx", ".txt", ".md", ".odt"},
    "spreadsheets": {".csv", ".xlsx", ".ods"},
    "archives": {".zip", ".tar", ".gz", ".7z"},
}

moved = {}
for path in Path(".").iterdir():
    if not path.is_file() or path.name.startswith("."):
        continue
    group = next((g for g, exts in GROUPS.items() if path.suffix.lower() in exts), None)
    if group is None:
        continue
    Path(group).mkdir(exist_ok=True)
    if not (Path(group) / path.name).exists():
        shutil.move(str(path), str(Path(group) / path.name))
        moved[group] = moved.get(group, 0) + 1

for group, n in sorted(moved.items()):
    print(f"{n:>4} -> {group}/")
