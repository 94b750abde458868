// Converts a CSV file with a header row to a JSON array, turning numbers into numbers.
const fs = require('node:fs/promises');
const path = require('node:path');

function parseLine(line) {
  const cells = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur);
  return cells;
}

async function main(file) {
  const text = await fs.readFile(file, 'utf8');
  const [head, ...rows] = text.split(/\r?\n/).filter(Boolean).map(parseLine);
  const data = rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] !== '' && !isNaN(r[i]) ? Number(r[i]) : r[i]])));
  const out = path.format({ ...path.parse(file), base: undefined, ext: '.json' });
  await fs.writeFile(out, JSON.stringify(data, null, 2));
  console.log(`${data.length} records -> ${out}`);
}

main(process.argv[2]).catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
