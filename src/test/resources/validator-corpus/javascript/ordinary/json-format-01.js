// Checks and re-indents every JSON file in the current folder, writing results to ./formatted.
const fs = require('node:fs/promises');
const path = require('node:path');

async function main() {
  await fs.mkdir('formatted', { recursive: true });
  let ok = 0;
  let bad = 0;
  for (const name of await fs.readdir('.')) {
    if (path.extname(name) !== '.json') continue;
    try {
      const data = JSON.parse(await fs.readFile(name, 'utf8'));
      await fs.writeFile(path.join('formatted', name), JSON.stringify(data, null, 2) + '\n');
      ok++;
    } catch (err) {
      console.log(`invalid ${name}: ${err.message}`);
      bad++;
    }
  }
  console.log(`${ok} formatted, ${bad} invalid`);
}

main();
