# Shows who wrote how many lines of a file according to git blame.
import subprocess
import sys
from collections import Counter

path = sys.argv[1]
out = subprocess.run(["git", "blame", "--line-porcelain", "--", path],
                     capture_output=True, text=True, check=True).stdout

authors = Counter(line[len("author "):] for line in out.splitlines() if line.startswith("author "))
total = sum(authors.values())
for author, n in authors.most_common():
    bar = "#" * round(40 * n / total)
    print(f"{author:<25} {n:>6} {100 * n / total:5.1f}% {bar}")
print(f"{total} lines in {path}")
