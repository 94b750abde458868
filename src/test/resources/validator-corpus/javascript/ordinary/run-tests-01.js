// Runs npm test in every workspace folder and prints a summary of which ones passed.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = process.argv[2] || 'packages';
const results = [];

for (const name of fs.readdirSync(root)) {
  const dir = path.join(root, name);
  if (!fs.existsSync(path.join(dir, 'package.json'))) continue;
  const started = Date.now();
  const r = spawnSync('npm', ['test', '--silent'], { cwd: dir, encoding: 'utf8' });
  results.push({ name, ok: r.status === 0, seconds: (Date.now() - started) / 1000 });
  if (r.status !== 0) console.log(`--- ${name} ---\n${r.stdout}${r.stderr}`);
}

for (const r of results) {
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(25)} ${r.seconds.toFixed(1)}s`);
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
