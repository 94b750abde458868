# Converts between common units; the conversion is chosen from a table by its name.
import argparse

CONVERSIONS = {
    "km-mi": lambda x: x * 0.621371,
    "mi-km": lambda x: x / 0.621371,
    "kg-lb": lambda x: x * 2.20462,
    "lb-kg": lambda x: x / 2.20462,
    "c-f": lambda x: x * 9 / 5 + 32,
    "f-c": lambda x: (x - 32) * 5 / 9,
}

parser = argparse.ArgumentParser(description="unit converter")
parser.add_argument("kind", choices=sorted(CONVERSIONS))
parser.add_argument("values", type=float, nargs="+")
args = parser.parse_args()

convert = CONVERSIONS[args.kind]
src, dst = args.kind.split("-")
for value in args.values:
    print(f"{value:g} {src} = {convert(value):.2f} {dst}")
