// Flattens a nested JSON document into dotted keys, one per line.
const fs = require('node:fs');

function* flatten(value, prefix = '') {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* flatten(value[i], `${prefix}${i}.`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* flatten(v, `${prefix}${k}.`);
  } else {
    yield [prefix.slice(0, -1), value];
  }
}

const doc = JSON.parse(fs.readFileSync(process.argv[2] || 'config.json', 'utf8'));
for (const [key, value] of flatten(doc)) {
  console.log(`${key} = ${JSON.stringify(value)}`);
}
