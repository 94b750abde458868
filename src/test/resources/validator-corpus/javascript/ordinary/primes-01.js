// Finds the primes up to a limit with a sieve and prints a few facts about them.
const limit = Number(process.argv[2] || 10000);
const sieve = new Uint8Array(limit + 1).fill(1);
sieve[0] = sieve[1] = 0;

for (let i = 2; i * i <= limit; i++) {
  if (!sieve[i]) continue;
  for (let j = i * i; j <= limit; j += i) sieve[j] = 0;
}

const primes = [];
for (let i = 2; i <= limit; i++) if (sieve[i]) primes.push(i);

let twins = 0;
let maxGap = 0;
for (let i = 1; i < primes.length; i++) {
  const gap = primes[i] - primes[i - 1];
  if (gap === 2) twins++;
  maxGap = Math.max(maxGap, gap);
}

console.log(`${primes.length} primes up to ${limit}`);
console.log(`largest ${primes.at(-1)}, ${twins} twin pairs, largest gap ${maxGap}`);
console.log(primes.slice(0, 25).join(', '), '...');
