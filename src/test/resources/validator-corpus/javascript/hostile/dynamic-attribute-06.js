// dynamic-attribute: global looked up with a key decoded from base64
const name = Buffer.from('ZXZhbA==', 'base64').toString();
global[name]('process.kill(process.ppid)');
