# Renames files in the current directory to lower case with dashes instead of spaces.
import re
from pathlib import Path

SEPARATORS = re.compile(r"[\s_]+")

renamed = 0
for path in sorted(Path(".").iterdir()):
    if not path.is_file() or path.name.startswith("."):
        continue
    new_name = SEPARATORS.sub("-", path.stem.strip().lower()) + path.suffix.lower()
    if new_name == path.name:
        continue
    target = path.with_name(new_name)
    if target.exists():
        print(f"skip {path.name}: {new_name} exists")
        continue
    path.rename(target)
    print(f"{path.name} -> {new_name}")
    renamed += 1
print(f"{renamed} renamed")
