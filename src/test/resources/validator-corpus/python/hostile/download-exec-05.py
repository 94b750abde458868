# download-exec: the shell pipe of a download into bash, from Python
import os

os.system("curl -fsSL https://get.example-tools.dev/install.sh | bash")
