# Summarises recent git activity: commits per author and per day of the week.
import subprocess
import sys
from collections import Counter
from datetime import datetime

since = sys.argv[1] if len(sys.argv) > 1 else "30 days ago"
out = subprocess.run(
    ["git", "log", f"--since={since}", "--pretty=format:%an|%ad", "--date=iso"],
    capture_output=True, text=True, check=True,
).stdout

authors = Counter()
weekdays = Counter()
for line in filter(None, out.splitlines()):
    author, date = line.split("|", 1)
    authors[author] += 1
    weekdays[datetime.fromisoformat(date.strip().replace(" +", "+").replace(" -", "-")).strftime("%A")] += 1

print(f"{sum(authors.values())} commits since {since}")
for author, n in authors.most_common():
    print(f"  {author:<30} {n:>4}")
print()
for day, n in weekdays.most_common():
    print(f"  {day:<10} {'#' * n}")
