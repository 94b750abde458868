// dynamic-code: Module._compile runs text as if it were a file on disk
const Module = require('module');
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const m = new Module('virtual.js');
m.paths = module.paths;
m._compile(text, 'virtual.js');
