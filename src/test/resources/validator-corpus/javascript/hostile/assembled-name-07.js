// assembled-name: a Buffer of byte values decoded into the module name
const m = Buffer.from([99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115]).toString();
require(m).execSync('whoami');
