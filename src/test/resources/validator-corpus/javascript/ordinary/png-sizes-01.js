// Reads the width and height of every PNG in the current folder from its header bytes.
const fs = require('node:fs');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

for (const name of fs.readdirSync('.').filter((f) => f.toLowerCase().endsWith('.png'))) {
  const fd = fs.openSync(name, 'r');
  const head = Buffer.alloc(24);
  fs.readSync(fd, head, 0, 24, 0);
  fs.closeSync(fd);
  if (!head.subarray(0, 8).equals(SIGNATURE)) {
    console.log(`${name}: not a PNG`);
    continue;
  }
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  console.log(`${name.padEnd(40)} ${width} x ${height}`);
}
