# Extracts e-mail addresses and phone numbers from a text file and writes them to contacts.csv.
import csv
import re
import sys

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")

text = open(sys.argv[1], encoding="utf-8").read()
emails = sorted(set(EMAIL.findall(text)))
phones = sorted({re.sub(r"[^\d+]", "", p) for p in PHONE.findall(text)})

with open("contacts.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["type", "value"])
    w.writerows(("email", e) for e in emails)
    w.writerows(("phone", p) for p in phones)

print(f"{len(emails)} e-mail addresses, {len(phones)} phone numbers -> contacts.csv")
