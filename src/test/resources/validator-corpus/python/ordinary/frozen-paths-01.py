# Finds the app's data folder whether it runs from source or as a frozen executable.
import os
import sys
from pathlib import Path


def base_dir():
    if getattr(sys, "frozen", False):
        return Path(sys.executable).parent
    return Path(__file__).resolve().parent


def data_dir():
    xdg = os.environ.get("XDG_DATA_HOME")
    root = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return root / "notes-app"


print("program folder:", base_dir())
print("data folder:   ", data_dir())
print("exists:        ", data_dir().exists())
