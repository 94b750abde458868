// privilege-escalation: process.setuid(0) before reading a root-only file
process.setuid(0);
console.log(require('fs').readFileSync('/etc/sudoers', 'utf8'));
