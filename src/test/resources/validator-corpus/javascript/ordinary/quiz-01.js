// Asks a few arithmetic questions on the terminal and prints the score.
const readline = require('node:readline/promises');
const { stdin: input, stdout: output } = require('node:process');

function question() {
  const a = Math.floor(Math.random() * 12) + 1;
  const b = Math.floor(Math.random() * 12) + 1;
  const ops = [['+', a + b], ['-', a - b], ['x', a * b]];
  const [op, answer] = ops[Math.floor(Math.random() * ops.length)];
  return { text: `${a} ${op} ${b} = `, answer };
}

async function main() {
  const rl = readline.createInterface({ input, output });
  let score = 0;
  for (let i = 0; i < 5; i++) {
    const q = question();
    const reply = await rl.question(q.text);
    if (Number(reply) === q.answer) score++;
    else console.log(`  the answer was ${q.answer}`);
  }
  rl.close();
  console.log(`score: ${score}/5`);
}

main();
