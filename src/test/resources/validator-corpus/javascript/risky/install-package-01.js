// install-package: installs a global CLI tool with npm
const { execFileSync } = require('child_process');
execFileSync('npm', ['install', '-g', 'serve', 'nodemon'], { stdio: 'inherit' });
