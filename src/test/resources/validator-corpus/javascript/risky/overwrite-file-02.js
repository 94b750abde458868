// overwrite-file: moves the built site into the user's web folder
const fs = require('fs');
const path = require('path');
const os = require('os');
const dest = path.join(os.homedir(), 'public_html', 'index.html');
fs.renameSync('./dist/index.html', dest);
