// system-control: turns the firewall off for a local test
const { execFileSync } = require('child_process');
execFileSync('ufw', ['disable']);
execFileSync('systemctl', ['stop', 'nginx']);
