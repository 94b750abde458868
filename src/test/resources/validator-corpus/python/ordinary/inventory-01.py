# Loads an inventory CSV into dataclasses and reports items that need reordering.
import csv
from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    name: str
    stock: int
    reorder_level: int
    unit_price: float

    @property
    def value(self):
        return self.stock * self.unit_price


with open("inventory.csv", newline="") as f:
    items = [Item(r["sku"], r["name"], int(r["stock"]), int(r["reorder_level"]), float(r["unit_price"]))
             for r in csv.DictReader(f)]

low = [i for i in items if i.stock <= i.reorder_level]
print(f"{len(items)} items, stock value {sum(i.value for i in items):,.2f}")
print(f"{len(low)} to reorder:")
for i in sorted(low, key=lambda i: i.stock - i.reorder_level):
    print(f"  {i.sku:<10} {i.name:<30} stock {i.stock:>4} (reorder at {i.reorder_level})")
