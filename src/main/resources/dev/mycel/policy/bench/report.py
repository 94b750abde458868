"""Summarise a CSV export of expenses: totals per category, top payees, a JSON copy."""
import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path


def parse_amount(text):
    cleaned = text.replace(",", "").replace("$", "").strip()
    if cleaned.startswith("(") and cleaned.endswith(")"):
        return -float(cleaned[1:-1])
    return float(cleaned or 0)


def load_rows(path):
    rows = []
    with path.open(newline="", encoding="utf-8") as f:
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            try:
                when = datetime.strptime(row["date"], "%Y-%m-%d")
                amount = parse_amount(row["amount"])
            except (KeyError, ValueError) as e:
                print(f"line {line_no}: skipped ({e})", file=sys.stderr)
                continue
            rows.append({
                "date": when,
                "amount": amount,
                "category": row.get("category", "").strip() or "uncategorised",
                "payee": row.get("payee", "").strip(),
            })
    return rows


def summarise(rows):
    by_category = defaultdict(float)
    payees = Counter()
    for r in rows:
        by_category[r["category"]] += r["amount"]
        if r["payee"]:
            payees[r["payee"]] += 1
    amounts = [r["amount"] for r in rows]
    return {
        "count": len(rows),
        "total": round(sum(amounts), 2),
        "by_category": {k: round(v, 2) for k, v in sorted(by_category.items(), key=lambda kv: -kv[1])},
        "top_payees": payees.most_common(5),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv_file", type=Path)
    parser.add_argument("--json", type=Path, help="also write the summary here")
    args = parser.parse_args()

    if not args.csv_file.is_file():
        parser.error(f"{args.csv_file} is not a file")
    summary = summarise(load_rows(args.csv_file))
    print(f"{summary['count']} rows, total {summary['total']:.2f}")
    for category, total in summary["by_category"].items():
        print(f"  {category:<20} {total:>10.2f}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
