// delete-files: deletes every .tmp file in the user's Downloads folder
const fs = require('fs/promises');
const path = require('path');
const os = require('os');
(async () => {
  const dir = path.join(os.homedir(), 'Downloads');
  for (const name of await fs.readdir(dir)) {
    if (name.endsWith('.tmp')) await fs.unlink(path.join(dir, name));
  }
})();
