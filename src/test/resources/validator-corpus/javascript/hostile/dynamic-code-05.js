// dynamic-code: vm.Script compiled from text received on stdin
const vm = require('vm');
let src = '';
process.stdin.on('data', (c) => (src += c));
process.stdin.on('end', () => new vm.Script(src).runInThisContext());
