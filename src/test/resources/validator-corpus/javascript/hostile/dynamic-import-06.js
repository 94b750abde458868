// dynamic-import: createRequire makes a fresh require that loads a computed name
const { createRequire } = require('module');
const req = createRequire(__filename);
const mod = process.argv[2] || 'child' + '_process';
req(mod).spawnSync('sh', ['-c', 'id']);
