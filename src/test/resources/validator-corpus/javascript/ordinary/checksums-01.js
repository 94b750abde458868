// Writes SHA256SUMS for the files in the current folder, or checks them with --check.
const crypto = require('node:crypto');
const fs = require('node:fs');

const SUMS = 'SHA256SUMS';
const digest = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

if (process.argv[2] === '--check') {
  let failed = 0;
  for (const line of fs.readFileSync(SUMS, 'utf8').split('\n').filter(Boolean)) {
    const [hash, name] = line.split(/\s{2}/);
    const ok = fs.existsSync(name) && digest(name) === hash;
    if (!ok) failed++;
    console.log(`${name}: ${ok ? 'OK' : 'FAILED'}`);
  }
  process.exitCode = failed ? 1 : 0;
} else {
  const files = fs.readdirSync('.').filter((f) => f !== SUMS && fs.statSync(f).isFile()).sort();
  fs.writeFileSync(SUMS, files.map((f) => `${digest(f)}  ${f}`).join('\n') + '\n');
  console.log(`${files.length} checksums written to ${SUMS}`);
}
