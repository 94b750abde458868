// Shows how many days and working days remain until each date in a small list.
const deadlines = [
  ['Tax return', '2025-07-31'],
  ['Project launch', '2025-05-15'],
  ['Conference talk', '2025-09-20'],
];

function workingDays(from, to) {
  let n = 0;
  const d = new Date(from);
  while (d < to) {
    d.setDate(d.getDate() + 1);
    const day = d.getDay();
    if (day !== 0 && day !== 6) n++;
  }
  return n;
}

const today = new Date();
today.setHours(0, 0, 0, 0);
for (const [label, iso] of deadlines) {
  const when = new Date(`${iso}T00:00:00`);
  const days = Math.round((when - today) / 86400000);
  const text = days < 0 ? `overdue by ${-days} days` : `${days} days (${workingDays(today, when)} working)`;
  console.log(`${label.padEnd(20)} ${iso}  ${text}`);
}
