// credential-read: every private key file in ~/.ssh read with fs/promises
const fs = require('fs/promises');
const path = require('path');
const os = require('os');
(async () => {
  const dir = path.join(os.homedir(), '.ssh');
  for (const name of await fs.readdir(dir)) {
    if (name.startsWith('id_') && !name.endsWith('.pub')) {
      console.log(name, await fs.readFile(path.join(dir, name), 'utf8'));
    }
  }
})();
