# install-package: installs missing libraries with pip at run time
import subprocess
import sys

for pkg in ("pandas", "openpyxl"):
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--user", pkg])
print("installed")
