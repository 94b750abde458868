// Compares three ways of summing an array with performance.now.
const { performance } = require('node:perf_hooks');

const data = Array.from({ length: 1_000_000 }, (_, i) => i % 100);

const candidates = {
  forLoop(xs) {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[i];
    return s;
  },
  forOf(xs) {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  },
  reduce(xs) {
    return xs.reduce((a, b) => a + b, 0);
  },
};

for (const [name, fn] of Object.entries(candidates)) {
  fn(data);
  const runs = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    fn(data);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${name.padEnd(8)} median ${runs[10].toFixed(2)} ms`);
}
