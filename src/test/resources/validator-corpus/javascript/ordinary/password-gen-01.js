// Generates random passwords with crypto.randomInt, guaranteeing a digit and a symbol.
const { randomInt } = require('node:crypto');

const length = Number(process.argv[2] || 20);
const count = Number(process.argv[3] || 5);
const lower = 'abcdefghijkmnopqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const symbols = '!@#$%^&*-_=+';
const all = lower + upper + digits + symbols;

function pick(set) {
  return set[randomInt(set.length)];
}

function password() {
  const chars = [pick(lower), pick(upper), pick(digits), pick(symbols)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

for (let i = 0; i < count; i++) console.log(password());
