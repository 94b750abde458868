// dynamic-code: vm.compileFunction builds a function from a body read from disk
const vm = require('vm');
const fs = require('fs');
const fn = vm.compileFunction(fs.readFileSync('./macro.txt', 'utf8'), ['require']);
fn(require);
