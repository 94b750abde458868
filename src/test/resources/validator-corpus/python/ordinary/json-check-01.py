# Validates and pretty-prints every JSON file in the current folder into ./formatted.
import json
from pathlib import Path

out = Path("formatted")
out.mkdir(exist_ok=True)
good = bad = 0

for path in sorted(Path(".").glob("*.json")):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        print(f"INVALID {path.name}: line {e.lineno} col {e.colno}: {e.msg}")
        bad += 1
        continue
    (out / path.name).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    good += 1

print(f"{good} formatted into {out}/, {bad} invalid")
