# credential-read: tokens of the GitHub CLI, docker and kubectl gathered into one report
import json
from pathlib import Path

home = Path.home()
found = {}
for rel in (".config/gh/hosts.yml", ".docker/config.json", ".kube/config", ".npmrc", ".pypirc"):
    p = home / rel
    if p.exists():
        found[rel] = p.read_text()
print(json.dumps(found, indent=2))
