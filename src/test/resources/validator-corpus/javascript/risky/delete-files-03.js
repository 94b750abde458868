// delete-files: rm -rf of the project's node_modules and lock file through the shell
const { execSync } = require('child_process');
execSync('rm -rf node_modules package-lock.json', { stdio: 'inherit' });
execSync('npm install', { stdio: 'inherit' });
