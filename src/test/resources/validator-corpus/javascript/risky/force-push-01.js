// force-push: amends the last commit and force-pushes it
const { execFileSync } = require('child_process');
execFileSync('git', ['commit', '--amend', '--no-edit']);
execFileSync('git', ['push', '--force', 'origin', 'main'], { stdio: 'inherit' });
