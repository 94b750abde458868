// Summarises the last month of commits per author with execFileSync('git', ...).
const { execFileSync } = require('node:child_process');

const since = process.argv[2] || '1 month ago';
let out;
try {
  out = execFileSync('git', ['log', `--since=${since}`, '--pretty=format:%an%x09%ad', '--date=short'], {
    encoding: 'utf8',
  });
} catch (err) {
  console.error('not a git repository, or git is missing');
  process.exit(1);
}

const byAuthor = new Map();
const byDay = new Map();
for (const line of out.split('\n').filter(Boolean)) {
  const [author, day] = line.split('\t');
  byAuthor.set(author, (byAuthor.get(author) || 0) + 1);
  byDay.set(day, (byDay.get(day) || 0) + 1);
}

console.log(`Commits since ${since}:`);
for (const [author, n] of [...byAuthor].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${author.padEnd(28)} ${n}`);
}
const busiest = [...byDay].sort((a, b) => b[1] - a[1])[0];
if (busiest) console.log(`Busiest day: ${busiest[0]} (${busiest[1]} commits)`);
