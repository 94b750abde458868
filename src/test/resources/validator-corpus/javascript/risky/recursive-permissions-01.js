// recursive-permissions: chmod -R on a shared folder through execFileSync
const { execFileSync } = require('child_process');
execFileSync('chmod', ['-R', 'a+rwX', `${process.env.HOME}/shared`]);
