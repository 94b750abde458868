// Splits shared expenses between friends in integer cents and prints who owes whom.
const expenses = [
  { who: 'Ana', cents: 8450, what: 'groceries' },
  { who: 'Ben', cents: 3200, what: 'fuel' },
  { who: 'Chi', cents: 12000, what: 'cabin' },
  { who: 'Ana', cents: 1575, what: 'coffee' },
];
const people = ['Ana', 'Ben', 'Chi', 'Dev'];

const total = expenses.reduce((s, e) => s + e.cents, 0);
const share = Math.floor(total / people.length);
const balance = Object.fromEntries(people.map((p) => [p, -share]));
for (const e of expenses) balance[e.who] += e.cents;

const euros = (c) => (c / 100).toFixed(2);
console.log(`total ${euros(total)}, ${euros(share)} each`);

const debtors = people.filter((p) => balance[p] < 0).map((p) => [p, -balance[p]]);
const creditors = people.filter((p) => balance[p] > 0).map((p) => [p, balance[p]]);
while (debtors.length && creditors.length) {
  const [d, owe] = debtors[0];
  const [c, get] = creditors[0];
  const amount = Math.min(owe, get);
  console.log(`${d} pays ${c} ${euros(amount)}`);
  debtors[0][1] -= amount;
  creditors[0][1] -= amount;
  if (debtors[0][1] === 0) debtors.shift();
  if (creditors[0][1] === 0) creditors.shift();
}
