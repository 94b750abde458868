// Compares two CSV files by their first column and prints added, removed and changed rows.
const fs = require('node:fs');

function load(file) {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  return new Map(rows.map((r) => {
    const cells = r.split(',');
    return [cells[0], Object.fromEntries(cols.map((c, i) => [c, cells[i]]))];
  }));
}

const [a, b] = [load(process.argv[2]), load(process.argv[3])];
const added = [...b.keys()].filter((k) => !a.has(k));
const removed = [...a.keys()].filter((k) => !b.has(k));
const changed = [...a.keys()].filter((k) => b.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)));

console.log(`added (${added.length}):`, added.join(', '));
console.log(`removed (${removed.length}):`, removed.join(', '));
console.log(`changed (${changed.length}):`);
for (const k of changed) {
  const before = a.get(k);
  const after = b.get(k);
  const diffs = Object.keys(before).filter((c) => before[c] !== after[c]).map((c) => `${c}: ${before[c]} -> ${after[c]}`);
  console.log(`  ${k}: ${diffs.join('; ')}`);
}
