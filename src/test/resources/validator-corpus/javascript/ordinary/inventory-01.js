// Loads an inventory JSON into classes and reports low stock and the total stock value.
const fs = require('node:fs');

class Item {
  constructor({ sku, name, stock, reorderLevel, unitPrice }) {
    Object.assign(this, { sku, name, stock, reorderLevel, unitPrice });
  }

  get value() {
    return this.stock * this.unitPrice;
  }

  get needsReorder() {
    return this.stock <= this.reorderLevel;
  }
}

const items = JSON.parse(fs.readFileSync('inventory.json', 'utf8')).map((raw) => new Item(raw));
const total = items.reduce((s, i) => s + i.value, 0);
const low = items.filter((i) => i.needsReorder).sort((a, b) => a.stock - b.stock);

console.log(`${items.length} items, stock value ${total.toFixed(2)}`);
console.log(`${low.length} need reordering:`);
for (const i of low) {
  console.log(`  ${i.sku.padEnd(10)} ${i.name.padEnd(30)} ${i.stock} left (reorder at ${i.reorderLevel})`);
}
