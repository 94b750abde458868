// Finds the palindromes in a word list, comparing each word with its reverse.
const fs = require('node:fs');

const words = fs
  .readFileSync(process.argv[2] || 'words.txt', 'utf8')
  .split(/\s+/)
  .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))
  .filter((w) => w.length > 2);

const reverse = (s) => s.split('').reverse().join('');
const found = [...new Set(words.filter((w) => w === reverse(w)))].sort((a, b) => b.length - a.length || a.localeCompare(b));

console.log(`${found.length} palindromes among ${words.length} words`);
for (const w of found.slice(0, 30)) {
  console.log(`  ${w}`);
}
