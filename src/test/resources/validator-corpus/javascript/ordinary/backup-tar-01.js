// Creates a dated tar.gz backup of a folder in the current directory using the tar command.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const src = path.resolve(process.argv[2] || '.');
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const out = `${path.basename(src)}-${stamp}.tar.gz`;

execFileSync('tar', [
  '--exclude=node_modules',
  '--exclude=.git',
  '--exclude=*.tar.gz',
  '-czf',
  out,
  '-C',
  src,
  '.',
]);

const size = fs.statSync(out).size;
console.log(`backup ${out}: ${(size / 1024 / 1024).toFixed(2)} MB`);
