# Generates personalised letters from a template and a CSV of recipients into ./letters.
import csv
from pathlib import Path
from string import Template

template = Template(Path("letter_template.txt").read_text(encoding="utf-8"))
out_dir = Path("letters")
out_dir.mkdir(exist_ok=True)

with open("recipients.csv", newline="", encoding="utf-8") as f:
    for n, row in enumerate(csv.DictReader(f), 1):
        try:
            letter = template.substitute(row)
        except KeyError as missing:
            print(f"row {n}: missing field {missing}")
            continue
        safe = "".join(c if c.isalnum() else "_" for c in row.get("name", f"recipient{n}"))
        (out_dir / f"{n:03d}_{safe}.txt").write_text(letter, encoding="utf-8")

print(f"letters written to {out_dir}/")
