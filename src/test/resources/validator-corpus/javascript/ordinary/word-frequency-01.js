// Counts the most frequent words of a text file, ignoring common stop words.
const fs = require('node:fs');

const STOP = new Set(['the', 'and', 'that', 'with', 'this', 'from', 'have', 'were', 'which', 'their']);
const text = fs.readFileSync(process.argv[2] || 'book.txt', 'utf8').toLowerCase();
const counts = {};

for (const word of text.match(/[a-z']+/g) || []) {
  if (word.length < 4 || STOP.has(word)) continue;
  counts[word] = (counts[word] || 0) + 1;
}

const top = Object.entries(counts)
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.argv[3] || 25));

for (const [word, n] of top) {
  console.log(`${word.padEnd(20)} ${'*'.repeat(Math.ceil((50 * n) / top[0][1]))} ${n}`);
}
