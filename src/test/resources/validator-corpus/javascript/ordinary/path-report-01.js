// Lists PATH entries, marking missing and duplicate ones, and where a few tools live.
const fs = require('node:fs');
const path = require('node:path');

const entries = (process.env.PATH || '').split(path.delimiter);
const seen = new Set();
for (const dir of entries) {
  let note = '';
  if (seen.has(dir)) note = 'duplicate';
  else if (!fs.existsSync(dir)) note = 'missing';
  seen.add(dir);
  console.log(`${note.padEnd(10)} ${dir}`);
}

function which(tool) {
  for (const dir of entries) {
    const p = path.join(dir, tool);
    if (fs.existsSync(p)) return p;
  }
  return '-';
}

console.log();
for (const tool of ['node', 'npm', 'git', 'python3', 'docker']) {
  console.log(`${tool.padEnd(8)} ${which(tool)}`);
}
