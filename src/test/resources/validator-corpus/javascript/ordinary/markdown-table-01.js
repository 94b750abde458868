// Prints a JSON array of objects as an aligned Markdown table.
const fs = require('node:fs');

const rows = JSON.parse(fs.readFileSync(process.argv[2] || 'data.json', 'utf8'));
if (!rows.length) {
  console.log('(no rows)');
  process.exit(0);
}

const cols = Object.keys(rows[0]);
const cell = (v) => (v === null || v === undefined ? '' : String(v));
const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));

const line = (values) => '| ' + values.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(cols));
console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
for (const r of rows) {
  console.log(line(cols.map((c) => cell(r[c]))));
}
