// Fetches the open issues of a GitHub repository and prints a short list.
const repo = process.argv[2] || 'nodejs/node';

async function main() {
  const res = await fetch(`https://api.github.com/repos/${repo}/issues?state=open&per_page=10`, {
    headers: { Accept: 'application/vnd.github+json' },
  });
  if (!res.ok) {
    throw new Error(`GitHub answered ${res.status}`);
  }
  const issues = await res.json();
  for (const issue of issues) {
    const labels = issue.labels.map((l) => l.name).join(', ');
    console.log(`#${issue.number} ${issue.title}`);
    if (labels) console.log(`    [${labels}]`);
  }
  console.log(`${issues.length} issues shown`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
