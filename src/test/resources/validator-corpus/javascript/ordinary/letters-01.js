// Fills a letter template with the rows of a CSV file and writes one letter per person to ./letters.
const fs = require('node:fs');
const path = require('node:path');

const template = fs.readFileSync('template.txt', 'utf8');
const [head, ...rows] = fs.readFileSync('people.csv', 'utf8').trim().split(/\r?\n/);
const fields = head.split(',');
fs.mkdirSync('letters', { recursive: true });

let written = 0;
rows.forEach((line, i) => {
  const values = line.split(',');
  const person = Object.fromEntries(fields.map((f, j) => [f, values[j] ?? '']));
  const letter = template.replace(/\{\{(\w+)\}\}/g, (_, key) => person[key] ?? `{{${key}}}`);
  const safe = (person.name || `person-${i + 1}`).replace(/[^\w-]+/g, '_');
  fs.writeFileSync(path.join('letters', `${String(i + 1).padStart(3, '0')}-${safe}.txt`), letter);
  written++;
});

console.log(`${written} letters written to letters/`);
