// Extracts unique e-mail addresses from a text file and counts them per domain.
const fs = require('node:fs');

const text = fs.readFileSync(process.argv[2] || 'export.txt', 'utf8');
const emails = [...new Set((text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) || []).map((e) => e.toLowerCase()))];

const byDomain = {};
for (const e of emails) {
  const domain = e.split('@')[1];
  byDomain[domain] = (byDomain[domain] || 0) + 1;
}

fs.writeFileSync('emails.txt', emails.sort().join('\n') + '\n');
console.log(`${emails.length} unique addresses written to emails.txt`);
for (const [domain, n] of Object.entries(byDomain).sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`  ${domain.padEnd(30)} ${n}`);
}
