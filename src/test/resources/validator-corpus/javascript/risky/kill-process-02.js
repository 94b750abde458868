// kill-process: pkill of every running electron app
const { spawnSync } = require('child_process');
spawnSync('pkill', ['-f', 'electron']);
spawnSync('killall', ['-q', 'slack']);
