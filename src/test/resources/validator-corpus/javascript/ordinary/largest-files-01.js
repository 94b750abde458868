// Lists the largest files below the current directory, skipping node_modules and .git.
const fs = require('node:fs');
const path = require('node:path');

const SKIP = new Set(['node_modules', '.git']);
const limit = Number(process.argv[2] || 20);
const found = [];

function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) found.push([fs.statSync(p).size, p]);
  }
}

walk('.');
found.sort((a, b) => b[0] - a[0]);
for (const [size, p] of found.slice(0, limit)) {
  console.log(`${(size / 1048576).toFixed(2).padStart(9)} MB  ${p}`);
}
console.log(`${found.length} files scanned`);
