# overwrite-file: moves processed reports from the working directory into Documents
import shutil
from pathlib import Path

dest = Path.home() / "Documents" / "reports"
dest.mkdir(parents=True, exist_ok=True)
for pdf in Path(".").glob("*.pdf"):
    shutil.move(str(pdf), dest / pdf.name)
    print("moved", pdf.name)
