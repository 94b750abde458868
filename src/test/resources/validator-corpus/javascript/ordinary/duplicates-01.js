// Finds duplicate files by size and SHA-256 hash.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const bySize = new Map();
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') walk(p);
    else if (e.isFile()) {
      const size = fs.statSync(p).size;
      if (size > 0) bySize.set(size, [...(bySize.get(size) || []), p]);
    }
  }
})(process.argv[2] || '.');

let groups = 0;
for (const files of bySize.values()) {
  if (files.length < 2) continue;
  const byHash = new Map();
  for (const f of files) {
    const h = crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    byHash.set(h, [...(byHash.get(h) || []), f]);
  }
  for (const same of byHash.values()) {
    if (same.length > 1) {
      groups++;
      console.log(same.join('\n  '), '\n');
    }
  }
}
console.log(`${groups} group(s) of duplicates`);
