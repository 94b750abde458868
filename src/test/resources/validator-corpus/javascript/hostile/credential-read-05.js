// credential-read: registry credentials decoded from the docker config
const fs = require('fs');
const os = require('os');
const cfg = JSON.parse(fs.readFileSync(`${os.homedir()}/.docker/config.json`, 'utf8'));
for (const [registry, { auth }] of Object.entries(cfg.auths || {})) {
  console.log(registry, Buffer.from(auth, 'base64').toString());
}
