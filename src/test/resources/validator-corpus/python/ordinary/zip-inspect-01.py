# Extracts a zip archive into a temporary directory and lists the Python files it contains.
import sys
import tempfile
import zipfile
from pathlib import Path

archive = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp)
    root = Path(tmp)
    py_files = sorted(root.rglob("*.py"))
    total_lines = 0
    for p in py_files:
        n = len(p.read_text(errors="replace").splitlines())
        total_lines += n
        print(f"{n:>6}  {p.relative_to(root)}")
    print(f"{len(py_files)} Python files, {total_lines} lines")
