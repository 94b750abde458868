// Reports the size of each folder in a directory, largest first.
const fs = require('node:fs/promises');
const path = require('node:path');

async function sizeOf(p) {
  const st = await fs.lstat(p);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of await fs.readdir(p)) {
    try {
      total += await sizeOf(path.join(p, name));
    } catch {
      // unreadable entries are skipped
    }
  }
  return total;
}

function human(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toFixed(1)} ${units[i]}`;
}

async function main() {
  const root = process.argv[2] ?? '.';
  const entries = await fs.readdir(root, { withFileTypes: true });
  const sizes = [];
  for (const e of entries) {
    if (e.isDirectory()) sizes.push([await sizeOf(path.join(root, e.name)), e.name]);
  }
  sizes.sort((a, b) => b[0] - a[0]);
  for (const [bytes, name] of sizes.slice(0, 15)) {
    console.log(`${human(bytes).padStart(10)}  ${name}/`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
