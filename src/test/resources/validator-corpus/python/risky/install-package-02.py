# install-package: installs a system package through apt-get
import subprocess

subprocess.run(["apt-get", "install", "-y", "ffmpeg"], check=True)
