// Writes CHANGELOG.md in the current repository from the commits since the last tag.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

const git = (args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

let lastTag = '';
try {
  lastTag = git(['describe', '--tags', '--abbrev=0']);
} catch {
  // no tags yet: use the whole history
}
const range = lastTag ? [`${lastTag}..HEAD`] : [];
const commits = git(['log', ...range, '--pretty=format:%s (%h)']).split('\n').filter(Boolean);

const sections = { Features: [], Fixes: [], Other: [] };
for (const c of commits) {
  if (/^feat/i.test(c)) sections.Features.push(c);
  else if (/^fix/i.test(c)) sections.Fixes.push(c);
  else sections.Other.push(c);
}

let md = `# Changes since ${lastTag || 'the beginning'}\n`;
for (const [title, list] of Object.entries(sections)) {
  if (list.length) md += `\n## ${title}\n\n${list.map((c) => `- ${c}`).join('\n')}\n`;
}
fs.writeFileSync('CHANGELOG.md', md);
console.log(`${commits.length} commits written to CHANGELOG.md`);
