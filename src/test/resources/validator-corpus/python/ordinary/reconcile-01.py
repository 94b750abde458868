# Reconciles a bank statement CSV against an invoice list using exact Decimal arithmetic.
import csv
from decimal import Decimal

with open("invoices.csv", newline="") as f:
    invoices = {r["invoice"]: Decimal(r["amount"]) for r in csv.DictReader(f)}

paid = {}
with open("statement.csv", newline="") as f:
    for r in csv.DictReader(f):
        ref = r["reference"].strip().upper()
        paid[ref] = paid.get(ref, Decimal("0")) + Decimal(r["amount"])

print(f"{'invoice':<12}{'due':>12}{'paid':>12}{'open':>12}")
outstanding = Decimal("0")
for inv, due in sorted(invoices.items()):
    got = paid.get(inv, Decimal("0"))
    open_amount = due - got
    outstanding += max(open_amount, Decimal("0"))
    flag = "" if open_amount == 0 else "  <--"
    print(f"{inv:<12}{due:>12.2f}{got:>12.2f}{open_amount:>12.2f}{flag}")
print(f"\noutstanding: {outstanding:.2f}")
unknown = sorted(set(paid) - set(invoices))
if unknown:
    print("payments without invoice:", ", ".join(unknown))
