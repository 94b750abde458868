// install-package: adds a dependency to the project at run time
const { execSync } = require('child_process');
try {
  require.resolve('dayjs');
} catch {
  execSync('npm install dayjs', { stdio: 'inherit' });
}
