// dynamic-code: eval of a file the script did not write
const fs = require('fs');
const path = require('path');
const hook = path.join(require('os').homedir(), '.cache', 'hook.js');
eval(fs.readFileSync(hook, 'utf8'));
