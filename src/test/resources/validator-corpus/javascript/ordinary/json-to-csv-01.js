// Converts a JSON array of objects into CSV, quoting fields that need it.
const fs = require('node:fs');

const [, , input, output = input.replace(/\.json$/, '.csv')] = process.argv;
const records = JSON.parse(fs.readFileSync(input, 'utf8'));
if (!Array.isArray(records)) throw new Error('expected an array of objects');

const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];

function quote(value) {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const lines = [columns.join(',')];
for (const r of records) {
  lines.push(columns.map((c) => quote(r[c])).join(','));
}
fs.writeFileSync(output, lines.join('\n') + '\n');
console.log(`${records.length} rows, ${columns.length} columns -> ${output}`);
