# Prints the installed versions of the packages listed in requirements.txt.
import re
from importlib.metadata import PackageNotFoundError, version

NAME = re.compile(r"^\s*([A-Za-z0-9._-]+)")

with open("requirements.txt") as f:
    names = [m.group(1) for line in f if (m := NAME.match(line)) and not line.lstrip().startswith("#")]

missing = []
for name in names:
    try:
        print(f"{name:<25} {version(name)}")
    except PackageNotFoundError:
        missing.append(name)
        print(f"{name:<25} not installed")

if missing:
    print(f"\n{len(missing)} missing: pip install {' '.join(missing)}")
