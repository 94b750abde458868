# overwrite-file: writes a new git config over the user's global one
from pathlib import Path

config = """[user]
    name = Sam Example
    email = sam@example.com
[pull]
    rebase = true
"""
(Path.home() / ".gitconfig").write_text(config)
print("~/.gitconfig replaced")
