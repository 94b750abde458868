// Counts log lines per level and lists the most frequent error messages, reading line by line.
const fs = require('node:fs');
const readline = require('node:readline');

async function main(file) {
  const levels = {};
  const errors = new Map();
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = line.match(/\b(DEBUG|INFO|WARN|ERROR)\b\s+(.*)$/);
    if (!m) continue;
    const [, level, message] = m;
    levels[level] = (levels[level] || 0) + 1;
    if (level === 'ERROR') {
      const key = message.replace(/\d+/g, 'N').slice(0, 100);
      errors.set(key, (errors.get(key) || 0) + 1);
    }
  }
  console.table(levels);
  const top = [...errors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const [msg, n] of top) console.log(`${String(n).padStart(6)}  ${msg}`);
}

main(process.argv[2] || 'app.log').catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
