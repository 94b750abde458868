# Keeps a small expenses database in SQLite in the current directory and prints monthly totals.
import argparse
import sqlite3
from datetime import date

parser = argparse.ArgumentParser()
parser.add_argument("--add", nargs=2, metavar=("AMOUNT", "NOTE"))
args = parser.parse_args()

con = sqlite3.connect("expenses.db")
con.execute("CREATE TABLE IF NOT EXISTS expense (day TEXT, amount REAL, note TEXT)")

if args.add:
    amount, note = float(args.add[0]), args.add[1]
    con.execute("INSERT INTO expense VALUES (?, ?, ?)", (date.today().isoformat(), amount, note))
    con.commit()
    print(f"added {amount:.2f} for {note}")

rows = con.execute(
    "SELECT substr(day, 1, 7) AS month, SUM(amount), COUNT(*) FROM expense GROUP BY month ORDER BY month"
).fetchall()
for month, total, n in rows:
    print(f"{month}  {total:>10.2f}  ({n} entries)")
con.close()
