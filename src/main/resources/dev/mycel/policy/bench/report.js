// Summarise a repository for a status update: recent commits per author, changed files, package scripts.
'use strict';
const fs = require('node:fs/promises');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const days = Number(process.argv[2] ?? 7);
const root = process.cwd();

function git(args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function commitsSince(sinceDays) {
  const out = git(['log', `--since=${sinceDays} days ago`, '--pretty=format:%h\t%an\t%s']);
  if (!out) return [];
  return out.split('\n').map((line) => {
    const [hash, author, ...subject] = line.split('\t');
    return { hash, author, subject: subject.join('\t') };
  });
}

function changedFiles(sinceDays) {
  const out = git(['log', `--since=${sinceDays} days ago`, '--name-only', '--pretty=format:']);
  const counts = new Map();
  for (const file of out.split('\n').filter(Boolean)) {
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

async function packageScripts() {
  try {
    const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
    return Object.entries(pkg.scripts ?? {});
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
}

async function main() {
  const commits = commitsSince(days);
  const byAuthor = commits.reduce((acc, c) => ({ ...acc, [c.author]: (acc[c.author] ?? 0) + 1 }), {});
  console.log(`# ${path.basename(root)}: last ${days} days`);
  console.log(`\n${commits.length} commits`);
  for (const [author, n] of Object.entries(byAuthor).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${author.padEnd(24)} ${String(n).padStart(4)}`);
  }
  console.log('\nMost changed files');
  for (const [file, n] of changedFiles(days)) console.log(`  ${n}x ${file}`);
  const scripts = await packageScripts();
  if (scripts.length) {
    console.log('\npackage.json scripts');
    for (const [name, cmd] of scripts) console.log(`  ${name}: ${cmd}`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
