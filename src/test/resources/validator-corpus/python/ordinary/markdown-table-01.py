# Prints a CSV file as an aligned Markdown table.
import csv
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
if not rows:
    sys.exit("empty file")

widths = [max(len(row[i]) if i < len(row) else 0 for row in rows) for i in range(len(rows[0]))]


def line(cells):
    padded = [(cells[i] if i < len(cells) else "").ljust(w) for i, w in enumerate(widths)]
    return "| " + " | ".join(padded) + " |"


print(line(rows[0]))
print("| " + " | ".join("-" * w for w in widths) + " |")
for row in rows[1:]:
    print(line(row))
