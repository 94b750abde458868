// discard-changes: resets the repository to the remote, dropping local work
const { execSync } = require('child_process');
execSync('git fetch origin && git reset --hard origin/main && git clean -fdx', { stdio: 'inherit' });
