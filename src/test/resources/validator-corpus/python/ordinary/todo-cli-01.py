# A tiny to-do list kept in ./todo.json, with add, done and list commands.
import argparse
import json
from pathlib import Path

STORE = Path("todo.json")
items = json.loads(STORE.read_text()) if STORE.exists() else []

parser = argparse.ArgumentParser()
sub = parser.add_subparsers(dest="command", required=True)
sub.add_parser("list")
add = sub.add_parser("add")
add.add_argument("text", nargs="+")
done = sub.add_parser("done")
done.add_argument("number", type=int)
args = parser.parse_args()

if args.command == "add":
    items.append({"text": " ".join(args.text), "done": False})
elif args.command == "done":
    items[args.number - 1]["done"] = True

if args.command != "list":
    STORE.write_text(json.dumps(items, indent=2))
for n, item in enumerate(items, 1):
    print(f"{n:>3}. [{'x' if item['done'] else ' '}] {item['text']}")
