// Unpacks a tarball into a temporary directory, counts its files by extension and cleans up.
const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

async function walk(dir, counts) {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, counts);
    else {
      const ext = path.extname(e.name) || '(none)';
      counts[ext] = (counts[ext] || 0) + 1;
    }
  }
  return counts;
}

async function main(archive) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'inspect-'));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', tmp]);
    const counts = await walk(tmp, {});
    for (const [ext, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
      console.log(`${String(n).padStart(6)}  ${ext}`);
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
