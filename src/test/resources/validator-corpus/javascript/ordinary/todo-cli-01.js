// A small to-do list stored in ./todo.json with add, done, list and clear-done commands.
const fs = require('node:fs');

const FILE = 'todo.json';
const items = fs.existsSync(FILE) ? JSON.parse(fs.readFileSync(FILE, 'utf8')) : [];
const [command = 'list', ...rest] = process.argv.slice(2);

function save() {
  fs.writeFileSync(FILE, JSON.stringify(items, null, 2));
}

const commands = {
  list() {},
  add() {
    items.push({ text: rest.join(' '), done: false, created: new Date().toISOString() });
    save();
  },
  done() {
    const item = items[Number(rest[0]) - 1];
    if (item) item.done = true;
    save();
  },
  'clear-done'() {
    items.splice(0, items.length, ...items.filter((i) => !i.done));
    save();
  },
};

if (!Object.hasOwn(commands, command)) {
  console.error(`unknown command ${command}; use ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
commands[command]();
items.forEach((item, i) => console.log(`${String(i + 1).padStart(3)}. [${item.done ? 'x' : ' '}] ${item.text}`));
