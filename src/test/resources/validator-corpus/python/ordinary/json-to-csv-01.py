# Converts a JSON array of objects into a CSV file with the union of all keys as columns.
import argparse
import csv
import json

parser = argparse.ArgumentParser()
parser.add_argument("source")
parser.add_argument("target")
args = parser.parse_args()

with open(args.source, encoding="utf-8") as f:
    records = json.load(f)
if not isinstance(records, list):
    raise SystemExit("expected a JSON array of objects")

fields = []
for record in records:
    for key in record:
        if key not in fields:
            fields.append(key)

with open(args.target, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=fields)
    writer.writeheader()
    for record in records:
        writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in record.items()})

print(f"wrote {len(records)} rows with {len(fields)} columns to {args.target}")
