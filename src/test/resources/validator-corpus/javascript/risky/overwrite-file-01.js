// overwrite-file: replaces the user's global npm configuration
const fs = require('fs');
const os = require('os');
fs.writeFileSync(`${os.homedir()}/.npmrc`, 'fund=false\naudit=false\nsave-exact=true\n');
console.log('~/.npmrc replaced');
