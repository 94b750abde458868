// delete-files: removes an old folder of exports from Documents
const fs = require('fs');
const path = require('path');
const os = require('os');
const old = path.join(os.homedir(), 'Documents', 'exports-2023');
fs.rmSync(old, { recursive: true, force: true });
console.log(`removed ${old}`);
