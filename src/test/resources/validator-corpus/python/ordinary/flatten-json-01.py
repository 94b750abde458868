# Flattens nested JSON into dotted keys, for example to compare two config files.
import json
import sys


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flatten(inner, f"{prefix}{key}.")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from flatten(inner, f"{prefix}{i}.")
    else:
        yield prefix.rstrip("."), value


with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)

for key, value in flatten(data):
    print(f"{key} = {json.dumps(value)}")
