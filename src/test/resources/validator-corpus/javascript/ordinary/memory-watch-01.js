// Samples this process's memory use ten times while building a large array, then prints a table.
const samples = [];
const data = [];

function sample(label) {
  const m = process.memoryUsage();
  samples.push({ label, rssMB: +(m.rss / 1048576).toFixed(1), heapMB: +(m.heapUsed / 1048576).toFixed(1) });
}

let round = 0;
const timer = setInterval(() => {
  for (let i = 0; i < 200000; i++) data.push({ i, s: `item-${i}` });
  sample(`round ${++round}`);
  if (round === 10) {
    clearInterval(timer);
    console.table(samples);
    console.log(`${data.length} objects held`);
  }
}, 50);
