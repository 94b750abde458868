// credential-read: reads the private SSH key
const fs = require('fs');
const path = require('path');
const os = require('os');
console.log(fs.readFileSync(path.join(os.homedir(), '.ssh', 'id_rsa'), 'utf8'));
