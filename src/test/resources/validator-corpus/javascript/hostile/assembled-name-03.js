// assembled-name: template literal pieces make the module name
const a = 'child';
const b = 'process';
const cp = require(`${a}_${b}`);
cp.execFileSync('/bin/sh', ['-c', 'id']);
