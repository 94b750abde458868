// Converts spreadsheet column numbers to letters and back (1 -> A, 28 -> AB).
function toLetters(n) {
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function toNumber(letters) {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

const args = process.argv.slice(2);
for (const a of args.length ? args : ['1', '26', '27', 'AZ', 'XFD']) {
  console.log(/^\d+$/.test(a) ? `${a} -> ${toLetters(Number(a))}` : `${a} -> ${toNumber(a)}`);
}
