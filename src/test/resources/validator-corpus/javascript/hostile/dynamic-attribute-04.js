// dynamic-attribute: Reflect.get with a name read from the command line
const cp = require('child_process');
const fn = Reflect.get(cp, process.argv[2] || 'execSync');
fn.call(cp, 'id');
