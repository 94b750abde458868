// Shows a meeting time in several time zones with Intl.DateTimeFormat.
const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo'];
const when = new Date(process.argv[2] || '2025-03-14T15:00:00Z');

if (Number.isNaN(when.getTime())) {
  console.error('give the time as an ISO date, e.g. 2025-03-14T15:00:00Z');
  process.exit(2);
}

for (const timeZone of zones) {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: 'short',
  });
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(when));
  const note = hour >= 8 && hour < 18 ? '' : '  (outside working hours)';
  console.log(`${timeZone.padEnd(22)} ${fmt.format(when)}${note}`);
}
