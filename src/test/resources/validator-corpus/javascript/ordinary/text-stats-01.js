// Reports characters, words, sentences and average word length of a text file.
const fs = require('node:fs');

const file = process.argv[2];
if (!file) {
  console.error('usage: node text-stats.js file.txt');
  process.exit(2);
}

const text = fs.readFileSync(file, 'utf8');
const words = text.match(/\p{L}[\p{L}'-]*/gu) || [];
const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0);
const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
const avgWord = words.reduce((n, w) => n + w.length, 0) / (words.length || 1);
const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');

console.log(`characters: ${text.length}`);
console.log(`words:      ${words.length}`);
console.log(`sentences:  ${sentences.length}`);
console.log(`paragraphs: ${paragraphs.length}`);
console.log(`avg word:   ${avgWord.toFixed(2)} letters`);
console.log(`longest:    ${longest}`);
console.log(`reading time: about ${Math.ceil(words.length / 230)} min`);
