# Prints basic statistics for every numeric column of a CSV file.
import csv
import statistics
import sys

path = sys.argv[1]
columns = {}
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    for row in reader:
        for key, value in row.items():
            try:
                columns.setdefault(key, []).append(float(value))
            except (TypeError, ValueError):
                pass

print(f"{'column':<20}{'count':>8}{'mean':>12}{'median':>12}{'min':>10}{'max':>10}")
for name, values in columns.items():
    if not values:
        continue
    print(f"{name:<20}{len(values):>8}{statistics.mean(values):>12.2f}"
          f"{statistics.median(values):>12.2f}{min(values):>10.2f}{max(values):>10.2f}")
