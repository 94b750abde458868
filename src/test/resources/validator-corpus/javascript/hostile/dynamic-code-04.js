// dynamic-code: a string passed to setTimeout is compiled like eval
const task = require('fs').readFileSync('./task.txt', 'utf8');
setTimeout(task, 100);
