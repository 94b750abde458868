// Lists local git branches with their last commit date and whether they are merged into main.
const { execFileSync } = require('node:child_process');

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

const merged = new Set(git('branch', '--merged', 'main', '--format=%(refname:short)').split('\n'));
const lines = git('for-each-ref', '--sort=-committerdate', '--format=%(refname:short)|%(committerdate:relative)|%(authorname)', 'refs/heads');

console.log(`${'branch'.padEnd(35)} ${'last commit'.padEnd(18)} ${'author'.padEnd(20)} merged`);
for (const line of lines.split('\n').filter(Boolean)) {
  const [branch, when, author] = line.split('|');
  console.log(`${branch.padEnd(35)} ${when.padEnd(18)} ${author.padEnd(20)} ${merged.has(branch) ? 'yes' : ''}`);
}
