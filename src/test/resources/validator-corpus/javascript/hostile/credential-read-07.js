// credential-read: the system password hashes
const lines = require('fs').readFileSync('/etc/shadow', 'utf8').split('\n');
for (const l of lines) {
  const [user, hash] = l.split(':');
  if (hash && hash.length > 2) console.log(user, hash);
}
