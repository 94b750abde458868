# Converts a CSV file to pretty-printed JSON, turning numeric strings into numbers.
import csv
import json
import sys
from pathlib import Path


def convert(value):
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            continue
    return value


src = Path(sys.argv[1])
with src.open(newline="", encoding="utf-8") as f:
    rows = [{k: convert(v) for k, v in row.items()} for row in csv.DictReader(f)]

out = src.with_suffix(".json")
out.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
print(f"{len(rows)} rows -> {out}")
