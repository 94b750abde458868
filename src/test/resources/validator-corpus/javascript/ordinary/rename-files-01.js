// Renames the files in the current directory to lower-case names with dashes.
const fs = require('node:fs');
const path = require('node:path');

let renamed = 0;
for (const name of fs.readdirSync('.')) {
  if (name.startsWith('.') || !fs.statSync(name).isFile()) continue;
  const { name: stem, ext } = path.parse(name);
  const next = stem.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9.-]/g, '') + ext.toLowerCase();
  if (next === name) continue;
  if (fs.existsSync(next)) {
    console.log(`skip ${name}: ${next} exists`);
    continue;
  }
  fs.renameSync(name, next);
  console.log(`${name} -> ${next}`);
  renamed++;
}
console.log(`${renamed} file(s) renamed`);
