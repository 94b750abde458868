// recursive-permissions: walks a tree and changes the mode of everything in it
const fs = require('fs');
const path = require('path');
function chmodTree(dir) {
  fs.chmodSync(dir, 0o777);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chmodTree(p);
    else fs.chmodSync(p, 0o666);
  }
}
chmodTree(path.join(require('os').homedir(), 'projects'));
