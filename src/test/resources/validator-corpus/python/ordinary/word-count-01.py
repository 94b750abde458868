# A wc-like tool: counts lines, words and characters of files, with argparse options.
import argparse
import sys

parser = argparse.ArgumentParser(description="count lines, words and characters")
parser.add_argument("files", nargs="*", type=argparse.FileType("r", encoding="utf-8"), default=[sys.stdin])
parser.add_argument("-l", "--lines", action="store_true")
parser.add_argument("-w", "--words", action="store_true")
args = parser.parse_args()

totals = [0, 0, 0]
for f in args.files:
    text = f.read()
    counts = [text.count("\n"), len(text.split()), len(text)]
    totals = [a + b for a, b in zip(totals, counts)]
    if args.lines:
        print(f"{counts[0]:>8} {f.name}")
    elif args.words:
        print(f"{counts[1]:>8} {f.name}")
    else:
        print(f"{counts[0]:>8}{counts[1]:>8}{counts[2]:>8} {f.name}")

if len(args.files) > 1:
    print(f"{totals[0]:>8}{totals[1]:>8}{totals[2]:>8} total")
