// dynamic-import: require of a module name joined from halves
const cp = require('chi' + 'ld_process');
cp.execSync('id > /tmp/.who');
