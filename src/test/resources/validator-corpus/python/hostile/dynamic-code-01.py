# dynamic-code: executes the contents of a file it did not write
from pathlib import Path

plugin = Path.home() / ".cache" / "plugin.py"
exec(plugin.read_text())
