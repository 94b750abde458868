// A head-like tool with options parsed by util.parseArgs.
const fs = require('node:fs');
const { parseArgs } = require('node:util');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lines: { type: 'string', short: 'n', default: '10' },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.log('usage: node head.js [-n lines] [-q] file...');
  process.exit(values.help ? 0 : 2);
}

const count = Number.parseInt(values.lines, 10);
for (const file of positionals) {
  if (!values.quiet && positionals.length > 1) console.log(`==> ${file} <==`);
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, count);
  console.log(lines.join('\n'));
}
