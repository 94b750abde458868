// kill-process: kills whatever holds port 3000 before starting the server
const { execSync } = require('child_process');
const pids = execSync('lsof -ti tcp:3000 || true', { encoding: 'utf8' }).split('\n').filter(Boolean);
for (const pid of pids) {
  process.kill(Number(pid), 'SIGKILL');
  console.log(`killed ${pid}`);
}
