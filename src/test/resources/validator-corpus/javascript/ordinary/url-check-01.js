// Checks a list of URLs with at most four requests at a time and prints status and timing.
const fs = require('node:fs');

const urls = fs.readFileSync(process.argv[2] || 'urls.txt', 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);

async function check(url) {
  const t = Date.now();
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10000) });
    return { url, status: res.status, ms: Date.now() - t };
  } catch (err) {
    return { url, status: err.name, ms: Date.now() - t };
  }
}

async function main() {
  const queue = [...urls];
  const results = [];
  const workers = Array.from({ length: 4 }, async () => {
    while (queue.length) results.push(await check(queue.shift()));
  });
  await Promise.all(workers);
  for (const r of results.sort((a, b) => a.url.localeCompare(b.url))) {
    console.log(`${String(r.status).padEnd(12)} ${String(r.ms).padStart(6)} ms  ${r.url}`);
  }
}

main();
