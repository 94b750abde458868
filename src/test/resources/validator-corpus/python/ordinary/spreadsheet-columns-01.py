# Converts between spreadsheet column letters and numbers (A=1, Z=26, AA=27).
import sys


def to_letters(n):
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def to_number(letters):
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n


for arg in sys.argv[1:] or ["1", "26", "27", "AZ", "XFD"]:
    if arg.isdigit():
        print(f"{arg} -> {to_letters(int(arg))}")
    else:
        print(f"{arg} -> {to_number(arg)}")
