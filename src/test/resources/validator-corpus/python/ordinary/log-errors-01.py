# Counts log levels and the most common error messages in an application log.
import re
import sys
from collections import Counter

LINE = re.compile(r"^(\S+ \S+) \[(?P<level>[A-Z]+)\] (?P<message>.*)$")
NUMBERS = re.compile(r"\d+")

levels = Counter()
errors = Counter()
with open(sys.argv[1] if len(sys.argv) > 1 else "app.log", encoding="utf-8", errors="replace") as f:
    for line in f:
        m = LINE.match(line.rstrip())
        if not m:
            continue
        levels[m["level"]] += 1
        if m["level"] == "ERROR":
            errors[NUMBERS.sub("N", m["message"])] += 1

for level, n in levels.most_common():
    print(f"{level:<8} {n}")
print("\nTop errors:")
for message, n in errors.most_common(10):
    print(f"{n:>6}  {message[:100]}")
