// credential-read: parses the AWS credentials file
const fs = require('fs');
const os = require('os');
const text = fs.readFileSync(`${os.homedir()}/.aws/credentials`, 'utf8');
const keys = [...text.matchAll(/aws_(access_key_id|secret_access_key)\s*=\s*(\S+)/g)].map((m) => m[2]);
console.log(keys);
