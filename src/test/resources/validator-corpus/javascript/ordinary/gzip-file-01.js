// Compresses a file with gzip using a stream pipeline and reports the ratio.
const fs = require('node:fs');
const zlib = require('node:zlib');
const { pipeline } = require('node:stream/promises');

async function main(file) {
  if (!file) throw new Error('usage: node gzip-file.js FILE');
  const out = `${file}.gz`;
  await pipeline(fs.createReadStream(file), zlib.createGzip({ level: 9 }), fs.createWriteStream(out));
  const before = fs.statSync(file).size;
  const after = fs.statSync(out).size;
  const ratio = before ? ((1 - after / before) * 100).toFixed(1) : '0';
  console.log(`${file}: ${before} -> ${after} bytes (${ratio}% smaller), wrote ${out}`);
}

main(process.argv[2]).catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
