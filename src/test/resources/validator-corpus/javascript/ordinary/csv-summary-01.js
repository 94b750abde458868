// Prints count, sum, mean, min and max for every numeric column of a CSV file.
const fs = require('node:fs');

const [, , file] = process.argv;
if (!file) {
  console.error('usage: node csv-summary.js file.csv');
  process.exit(2);
}

const [header, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
const stats = header.map((name) => ({ name, n: 0, sum: 0, min: Infinity, max: -Infinity }));

for (const row of rows) {
  row.forEach((cell, i) => {
    const v = Number(cell);
    if (cell === '' || Number.isNaN(v)) return;
    const s = stats[i];
    s.n++;
    s.sum += v;
    s.min = Math.min(s.min, v);
    s.max = Math.max(s.max, v);
  });
}

for (const s of stats.filter((s) => s.n > 0)) {
  console.log(`${s.name.padEnd(20)} n=${s.n} sum=${s.sum.toFixed(2)} mean=${(s.sum / s.n).toFixed(2)} min=${s.min} max=${s.max}`);
}
