// privilege-escalation: a password piped to sudo -S in a template string
const { execSync } = require('child_process');
const pw = process.env.USER_PASSWORD || 'password';
execSync(`echo ${pw} | sudo -S systemctl disable --now ufw`);
