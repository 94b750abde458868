// Prints the directory tree of a folder, with a depth limit, like the tree command.
const fs = require('node:fs');
const path = require('node:path');

const maxDepth = Number(process.argv[3] || 3);
let dirs = 0;
let files = 0;

function print(dir, prefix, depth) {
  if (depth >= maxDepth) return;
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || a.name.localeCompare(b.name));
  entries.forEach((e, i) => {
    const last = i === entries.length - 1;
    console.log(`${prefix}${last ? '└── ' : '├── '}${e.name}`);
    if (e.isDirectory()) {
      dirs++;
      print(path.join(dir, e.name), prefix + (last ? '    ' : '│   '), depth + 1);
    } else {
      files++;
    }
  });
}

const root = process.argv[2] || '.';
console.log(root);
print(root, '', 0);
console.log(`\n${dirs} directories, ${files} files`);
