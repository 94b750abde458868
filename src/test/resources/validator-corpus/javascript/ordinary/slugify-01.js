// Turns titles (one per line) into unique URL slugs.
const fs = require('node:fs');

function slugify(title) {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const used = new Map();
const titles = fs.readFileSync(process.argv[2] || 'titles.txt', 'utf8').split('\n').filter((t) => t.trim());
for (const title of titles) {
  let slug = slugify(title);
  const n = (used.get(slug) || 0) + 1;
  used.set(slug, n);
  if (n > 1) slug += `-${n}`;
  console.log(`${slug.padEnd(50)} ${title}`);
}
