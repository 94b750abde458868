// Processes a list of files with an EventEmitter that reports progress to the terminal.
const EventEmitter = require('node:events');
const fs = require('node:fs/promises');

class LineCounter extends EventEmitter {
  async run(files) {
    let total = 0;
    for (const [i, file] of files.entries()) {
      const text = await fs.readFile(file, 'utf8');
      const lines = text.split('\n').length;
      total += lines;
      this.emit('progress', { file, lines, done: i + 1, of: files.length });
    }
    this.emit('done', total);
  }
}

const counter = new LineCounter();
counter.on('progress', ({ file, lines, done, of }) => {
  console.log(`[${done}/${of}] ${file}: ${lines} lines`);
});
counter.on('done', (total) => console.log(`total: ${total} lines`));
counter.run(process.argv.slice(2)).catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
