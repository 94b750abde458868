// Lists the project's dependencies with the version wanted in package.json and the one installed.
const fs = require('node:fs');
const path = require('node:path');

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const all = { ...pkg.dependencies, ...pkg.devDependencies };

function installed(name) {
  const file = path.join('node_modules', name, 'package.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  } catch {
    return 'missing';
  }
}

console.log(`${pkg.name}@${pkg.version}`);
for (const [name, wanted] of Object.entries(all).sort()) {
  const have = installed(name);
  const dev = pkg.devDependencies && name in pkg.devDependencies ? ' (dev)' : '';
  console.log(`  ${name.padEnd(30)} ${wanted.padEnd(12)} ${have}${dev}`);
}
