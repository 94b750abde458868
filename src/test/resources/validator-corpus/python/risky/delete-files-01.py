# delete-files: removes the old screenshots folder from the Pictures directory
import shutil
from pathlib import Path

old = Path.home() / "Pictures" / "Screenshots-2022"
if old.exists():
    shutil.rmtree(old)
    print(f"removed {old}")
