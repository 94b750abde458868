package dev.mycel.policy;

import java.util.stream.Stream;

/** Ordinary javascript an assistant writes for everyday requests; none of it may be flagged. */
final class JavascriptScripts {

    private JavascriptScripts() {
    }

    static Stream<String> ordinary() {
        return Stream.of(
                """
                // summarise a CSV file
                const fs = require('fs');

                const file = process.argv[2] || 'sales.csv';
                const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\\n');
                const cols = header.split(',');
                const regionIdx = cols.indexOf('region');
                const amountIdx = cols.indexOf('amount');
                const totals = {};
                for (const line of lines) {
                  const cells = line.split(',');
                  const region = cells[regionIdx];
                  totals[region] = (totals[region] || 0) + Number(cells[amountIdx]);
                }
                console.log(`${lines.length} rows`);
                for (const [region, total] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
                  console.log(`${region.padEnd(15)} ${total.toFixed(2).padStart(12)}`);
                }
                """,
                """
                // find the biggest files under a directory
                const fs = require('fs');
                const path = require('path');

                function walk(dir, out = []) {
                  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
                    const full = path.join(dir, entry.name);
                    if (entry.isDirectory()) walk(full, out);
                    else out.push({ file: full, size: fs.statSync(full).size });
                  }
                  return out;
                }

                const files = walk(process.argv[2] || '.');
                files.sort((a, b) => b.size - a.size);
                for (const { file, size } of files.slice(0, 20)) {
                  console.log(`${(size / 1048576).toFixed(1).padStart(8)} MB  ${file}`);
                }
                """,
                """
                // count words in a text file
                const fs = require('fs');

                const text = fs.readFileSync(process.argv[2], 'utf8').toLowerCase();
                const words = text.match(/[a-z']+/g) || [];
                const counts = new Map();
                for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
                const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
                console.log(`Total words: ${words.length}`);
                console.log(`Unique words: ${counts.size}`);
                top.forEach(([word, n]) => console.log(`${word.padStart(12)}: ${n}`));
                """,
                """
                // convert JSON to CSV
                const fs = require('fs');

                const users = JSON.parse(fs.readFileSync('users.json', 'utf8'));
                const fields = [...new Set(users.flatMap((u) => Object.keys(u)))].sort();
                const escape = (v) => {
                  const s = v === undefined || v === null ? '' : String(v);
                  return /[",\\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
                };
                const rows = [fields.join(',')];
                for (const u of users) rows.push(fields.map((f) => escape(u[f])).join(','));
                fs.writeFileSync('users.csv', rows.join('\\n') + '\\n');
                console.log(`wrote ${users.length} rows to users.csv`);
                """,
                """
                // list git branches with the date of their last commit
                const { execFileSync } = require('child_process');

                const out = execFileSync('git', [
                  'for-each-ref', '--sort=-committerdate',
                  '--format=%(refname:short)|%(committerdate:relative)', 'refs/heads/',
                ], { encoding: 'utf8' });
                for (const line of out.trim().split('\\n')) {
                  const [name, when] = line.split('|');
                  console.log(`${name.padEnd(30)} ${when}`);
                }
                const current = execFileSync('git', ['branch', '--show-current'], { encoding: 'utf8' }).trim();
                console.log(`current: ${current}`);
                """,
                """
                // git status through exec with a literal command
                const { exec } = require('child_process');

                exec('git status --porcelain', (err, stdout, stderr) => {
                  if (err) {
                    console.error('not a git repository?', stderr);
                    process.exit(1);
                  }
                  const changed = stdout.split('\\n').filter(Boolean).map((l) => l.slice(3));
                  console.log(`${changed.length} changed files`);
                  changed.forEach((f) => console.log('  ' + f));
                });
                """,
                """
                // disk usage of the current directory
                const { execSync, spawnSync } = require('child_process');

                const df = execSync('df -h .', { encoding: 'utf8' });
                console.log(df);
                const du = spawnSync('du', ['-sh', '.'], { encoding: 'utf8' });
                console.log('this directory:', du.stdout.split('\\t')[0]);
                const ls = spawnSync('ls', ['-la'], { encoding: 'utf8' });
                console.log(ls.stdout.split('\\n').length - 1, 'entries');
                """,
                """
                // fetch JSON from an API and print a summary
                async function main() {
                  const res = await fetch('https://api.github.com/repos/nodejs/node');
                  if (!res.ok) throw new Error(`HTTP ${res.status}`);
                  const repo = await res.json();
                  console.log(`${repo.full_name}: ${repo.description}`);
                  console.log(`stars: ${repo.stargazers_count.toLocaleString()}`);
                  console.log(`forks: ${repo.forks_count.toLocaleString()}`);
                  const langs = await (await fetch(repo.languages_url)).json();
                  const total = Object.values(langs).reduce((a, b) => a + b, 0);
                  for (const [lang, size] of Object.entries(langs).slice(0, 5)) {
                    console.log(`  ${lang.padEnd(12)} ${((100 * size) / total).toFixed(1)}%`);
                  }
                }

                main().catch((e) => { console.error(e.message); process.exitCode = 1; });
                """,
                """
                // tiny HTTP server
                const http = require('http');

                const routes = {
                  '/': () => ({ status: 200, body: 'hello' }),
                  '/time': () => ({ status: 200, body: new Date().toISOString() }),
                };

                const server = http.createServer((req, res) => {
                  const route = routes[req.url];
                  const { status, body } = route ? route() : { status: 404, body: 'not found' };
                  res.writeHead(status, { 'Content-Type': 'text/plain' });
                  res.end(body);
                });

                server.listen(3000, () => console.log('listening on http://localhost:3000'));
                """,
                """
                // days until a date
                const target = process.argv[2] ? new Date(process.argv[2]) : new Date(new Date().getFullYear(), 11, 25);
                const today = new Date();
                today.setHours(0, 0, 0, 0);
                const ms = target - today;
                const days = Math.ceil(ms / 86400000);
                let weekdays = 0;
                for (let i = 0; i < days; i++) {
                  const d = new Date(today.getTime() + i * 86400000);
                  if (d.getDay() !== 0 && d.getDay() !== 6) weekdays++;
                }
                console.log(`${days} days until ${target.toDateString()} (${weekdays} working days)`);
                """,
                """
                // async file processing with fs/promises
                import { readdir, readFile, writeFile } from 'node:fs/promises';
                import path from 'node:path';

                const dir = process.argv[2] ?? 'notes';
                const files = (await readdir(dir)).filter((f) => f.endsWith('.md'));
                const summary = [];
                for (const f of files) {
                  const text = await readFile(path.join(dir, f), 'utf8');
                  const title = text.split('\\n').find((l) => l.startsWith('# ')) ?? f;
                  summary.push(`- ${title.replace(/^# /, '')} (${text.length} chars)`);
                }
                await writeFile('index.md', summary.join('\\n') + '\\n');
                console.log(`indexed ${files.length} notes`);
                """,
                """
                // classes and array methods
                class Task {
                  constructor(title, priority = 3, done = false) {
                    this.title = title;
                    this.priority = priority;
                    this.done = done;
                  }
                  toString() {
                    return `${this.done ? '[x]' : '[ ]'} (${this.priority}) ${this.title}`;
                  }
                }

                const tasks = [new Task('write report', 1), new Task('email Bob', 2, true), new Task('book flights')];
                const open = tasks.filter((t) => !t.done).sort((a, b) => a.priority - b.priority);
                open.forEach((t) => console.log(String(t)));
                console.log(`${tasks.length - open.length} of ${tasks.length} done`);
                console.log(tasks.map((t) => t.constructor.name).join(','));
                """,
                """
                // hash every file in a directory
                const crypto = require('crypto');
                const fs = require('fs');
                const path = require('path');

                const dir = process.argv[2] || '.';
                const byHash = new Map();
                for (const name of fs.readdirSync(dir)) {
                  const full = path.join(dir, name);
                  if (!fs.statSync(full).isFile()) continue;
                  const hash = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
                  if (!byHash.has(hash)) byHash.set(hash, []);
                  byHash.get(hash).push(name);
                }
                for (const [hash, names] of byHash) {
                  if (names.length > 1) console.log(hash.slice(0, 12), names.join(', '));
                }
                """,
                """
                // temporary directory, removed at the end
                const fs = require('fs');
                const os = require('os');
                const path = require('path');

                const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'job-'));
                try {
                  for (let i = 0; i < 3; i++) {
                    fs.writeFileSync(path.join(tmp, `part${i}.txt`), `chunk ${i}\\n`);
                  }
                  const merged = fs.readdirSync(tmp).sort().map((f) => fs.readFileSync(path.join(tmp, f), 'utf8')).join('');
                  console.log(merged);
                } finally {
                  fs.rmSync(tmp, { recursive: true, force: true });
                }
                """,
                """
                // parse a log file with a regular expression
                const fs = require('fs');

                const re = /^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] "(\\w+) ([^ ]+)[^"]*" (\\d{3})/;
                const ips = {};
                const statuses = {};
                for (const line of fs.readFileSync('access.log', 'utf8').split('\\n')) {
                  const m = re.exec(line);
                  if (!m) continue;
                  ips[m[1]] = (ips[m[1]] || 0) + 1;
                  statuses[m[5]] = (statuses[m[5]] || 0) + 1;
                }
                console.table(Object.entries(ips).sort((a, b) => b[1] - a[1]).slice(0, 5));
                console.log(statuses);
                """,
                """
                // command line options without a library
                const args = process.argv.slice(2);
                const opts = { verbose: false, count: 1, name: 'world' };
                for (let i = 0; i < args.length; i++) {
                  const a = args[i];
                  if (a === '-v' || a === '--verbose') opts.verbose = true;
                  else if (a === '-n' || a === '--count') opts.count = Number(args[++i]);
                  else if (a.startsWith('--name=')) opts.name = a.slice('--name='.length);
                  else {
                    console.error(`unknown option ${a}`);
                    process.exit(2);
                  }
                }
                for (let i = 0; i < opts.count; i++) console.log(`hello, ${opts.name}!`);
                if (opts.verbose) console.log(JSON.stringify(opts));
                """,
                """
                // read environment settings
                const os = require('os');

                const config = {
                  port: Number(process.env.PORT || 8080),
                  host: process.env.HOST || '127.0.0.1',
                  home: process.env.HOME,
                  user: os.userInfo().username,
                };
                console.log(`platform ${os.platform()} ${os.release()}, ${os.cpus().length} cpus`);
                console.log(`memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
                for (const [k, v] of Object.entries(config)) console.log(`${k.padEnd(6)} ${v}`);
                console.log('home dir:', os.homedir());
                """,
                """
                // copy a file with streams and report progress
                const fs = require('fs');
                const { pipeline } = require('stream/promises');

                async function copy(src, dst) {
                  const size = fs.statSync(src).size;
                  let done = 0;
                  const input = fs.createReadStream(src);
                  input.on('data', (chunk) => {
                    done += chunk.length;
                    process.stdout.write(`\\r${Math.round((100 * done) / size)}%`);
                  });
                  await pipeline(input, fs.createWriteStream(dst));
                  console.log('\\ncopied', src, '->', dst);
                }

                copy(process.argv[2], process.argv[3] || 'copy.bin');
                """,
                """
                // gzip a file and print the ratio
                const fs = require('fs');
                const zlib = require('zlib');

                const input = process.argv[2] || 'data.json';
                const raw = fs.readFileSync(input);
                const packed = zlib.gzipSync(raw, { level: 9 });
                fs.writeFileSync(input + '.gz', packed);
                const back = zlib.gunzipSync(packed);
                console.log(`original ${raw.length} bytes, gzipped ${packed.length} bytes`);
                console.log(`ratio ${(packed.length / raw.length).toFixed(3)}, round trip ok: ${back.equals(raw)}`);
                """,
                """
                // save a base64 image from a JSON export
                const fs = require('fs');

                const exportData = JSON.parse(fs.readFileSync('export.json', 'utf8'));
                let n = 0;
                for (const item of exportData.attachments) {
                  if (!item.mime.startsWith('image/')) continue;
                  const bytes = Buffer.from(item.data, 'base64');
                  const ext = item.mime.split('/')[1];
                  fs.writeFileSync(`attachment-${++n}.${ext}`, bytes);
                }
                console.log(`saved ${n} images`);
                console.log(Buffer.from('hello').toString('base64'));
                """,
                """
                // debounce and throttle helpers with timers
                function debounce(fn, ms) {
                  let t;
                  return (...args) => {
                    clearTimeout(t);
                    t = setTimeout(() => fn(...args), ms);
                  };
                }

                function throttle(fn, ms) {
                  let last = 0;
                  return (...args) => {
                    const now = Date.now();
                    if (now - last >= ms) { last = now; fn(...args); }
                  };
                }

                const log = debounce((msg) => console.log('debounced:', msg), 100);
                ['a', 'b', 'c'].forEach((m) => log(m));
                const tick = setInterval(throttle(() => console.log('tick'), 200), 50);
                setTimeout(() => clearInterval(tick), 1000);
                """,
                """
                // group records by a computed key
                const people = [
                  { name: 'Ann', dept: 'eng', salary: 72000 },
                  { name: 'Raj', dept: 'ops', salary: 65000 },
                  { name: 'Li', dept: 'eng', salary: 91000 },
                ];
                const byDept = people.reduce((acc, p) => {
                  const key = p.dept.toUpperCase();
                  (acc[key] ||= []).push(p);
                  return acc;
                }, {});
                for (const dept of Object.keys(byDept)) {
                  const total = byDept[dept].reduce((s, p) => s + p.salary, 0);
                  console.log(`${dept}: ${byDept[dept].length} people, avg ${(total / byDept[dept].length).toFixed(0)}`);
                }
                const field = process.argv[2] || 'name';
                console.log(people.map((p) => p[field]).join(', '));
                """,
                """
                // event emitter with typed events
                const EventEmitter = require('events');

                class Downloader extends EventEmitter {
                  start(items) {
                    items.forEach((item, i) => {
                      setTimeout(() => {
                        this.emit('progress', { item, done: i + 1, total: items.length });
                        if (i === items.length - 1) this.emit('done');
                      }, 10 * i);
                    });
                  }
                }

                const d = new Downloader();
                d.on('progress', ({ item, done, total }) => console.log(`${done}/${total} ${item}`));
                d.once('done', () => console.log('all done'));
                d.start(['a.txt', 'b.txt', 'c.txt']);
                """,
                """
                // read lines from stdin and sum numbers
                const readline = require('readline');

                const rl = readline.createInterface({ input: process.stdin, terminal: false });
                let sum = 0;
                let count = 0;
                rl.on('line', (line) => {
                  const n = parseFloat(line);
                  if (!Number.isNaN(n)) {
                    sum += n;
                    count++;
                  }
                });
                rl.on('close', () => {
                  console.log(`count ${count}, sum ${sum}, mean ${count ? (sum / count).toFixed(2) : 'n/a'}`);
                });
                """,
                """
                // download a JSON file into the project
                const fs = require('fs');
                const https = require('https');

                https.get('https://jsonplaceholder.typicode.com/todos', (res) => {
                  let body = '';
                  res.setEncoding('utf8');
                  res.on('data', (chunk) => (body += chunk));
                  res.on('end', () => {
                    const todos = JSON.parse(body);
                    fs.writeFileSync('todos.json', JSON.stringify(todos, null, 2));
                    const done = todos.filter((t) => t.completed).length;
                    console.log(`${todos.length} todos, ${done} completed`);
                  });
                }).on('error', (e) => console.error(e.message));
                """,
                """
                // parse URLs and query strings
                const inputs = [
                  'https://example.com/search?q=node%20js&page=2',
                  'http://localhost:8080/api/items?id=42&sort=desc',
                ];
                for (const raw of inputs) {
                  const url = new URL(raw);
                  const params = Object.fromEntries(url.searchParams);
                  console.log(url.hostname, url.pathname, params);
                  console.log('decoded:', decodeURIComponent(url.search));
                }
                """,
                """
                // markdown table from an array of objects
                const rows = [
                  { file: 'index.js', lines: 120, todo: 3 },
                  { file: 'util.js', lines: 48, todo: 0 },
                  { file: 'server.js', lines: 230, todo: 7 },
                ];
                const cols = Object.keys(rows[0]);
                const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
                const line = (cells) => '| ' + cells.map((v, i) => String(v).padEnd(width[cols[i]])).join(' | ') + ' |';
                console.log(line(cols));
                console.log('|' + cols.map((c) => '-'.repeat(width[c] + 2)).join('|') + '|');
                rows.forEach((r) => console.log(line(cols.map((c) => r[c]))));
                """,
                """
                // sqlite with better-sqlite3
                const Database = require('better-sqlite3');

                const db = new Database('tasks.db');
                db.exec('CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT, done INTEGER)');
                const insert = db.prepare('INSERT INTO tasks (title, done) VALUES (?, ?)');
                const many = db.transaction((items) => items.forEach((t) => insert.run(t.title, t.done ? 1 : 0)));
                many([{ title: 'write report', done: false }, { title: 'email Bob', done: true }]);
                for (const row of db.prepare('SELECT * FROM tasks').all()) {
                  console.log(`${row.done ? '[x]' : '[ ]'} ${row.id} ${row.title}`);
                }
                db.close();
                """,
                """
                // a retry helper with exponential backoff
                const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

                async function retry(fn, attempts = 4, base = 100) {
                  for (let i = 0; i < attempts; i++) {
                    try {
                      return await fn();
                    } catch (e) {
                      if (i === attempts - 1) throw e;
                      const wait = base * 2 ** i;
                      console.log(`attempt ${i + 1} failed (${e.message}), retrying in ${wait} ms`);
                      await sleep(wait);
                    }
                  }
                }

                let calls = 0;
                retry(async () => { if (++calls < 3) throw new Error('flaky'); return 'ok'; })
                  .then((v) => console.log('result', v, 'after', calls, 'calls'));
                """,
                """
                // rename files to lower case in a folder of the project
                const fs = require('fs');
                const path = require('path');

                const dir = 'assets';
                for (const name of fs.readdirSync(dir)) {
                  const lower = name.toLowerCase().replace(/\\s+/g, '-');
                  if (lower !== name) {
                    fs.renameSync(path.join(dir, name), path.join(dir, lower));
                    console.log(`${name} -> ${lower}`);
                  }
                }
                """,
                """
                // JSON config with defaults and deep merge
                const fs = require('fs');
                const path = require('path');

                const defaults = { server: { port: 8080, host: '127.0.0.1' }, log: { level: 'info' } };
                function merge(a, b) {
                  const out = { ...a };
                  for (const [k, v] of Object.entries(b || {})) {
                    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(a[k] || {}, v) : v;
                  }
                  return out;
                }
                const file = path.join(__dirname, 'config.json');
                const user = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
                const config = merge(defaults, user);
                console.log(JSON.stringify(config, null, 2));
                """,
                """
                // promises in parallel with a limit
                const urls = ['https://nodejs.org', 'https://npmjs.com', 'https://developer.mozilla.org'];

                async function mapLimit(items, limit, fn) {
                  const results = [];
                  let next = 0;
                  const workers = Array.from({ length: limit }, async () => {
                    while (next < items.length) {
                      const i = next++;
                      results[i] = await fn(items[i]);
                    }
                  });
                  await Promise.all(workers);
                  return results;
                }

                mapLimit(urls, 2, async (u) => {
                  const r = await fetch(u, { method: 'HEAD' });
                  return `${r.status} ${u}`;
                }).then((lines) => lines.forEach((l) => console.log(l)));
                """,
                """
                // word wrap text to a width
                const fs = require('fs');

                function wrap(text, width = 72) {
                  return text.split(/\\n\\s*\\n/).map((para) => {
                    const words = para.split(/\\s+/).filter(Boolean);
                    const lines = [];
                    let line = '';
                    for (const w of words) {
                      if ((line + ' ' + w).trim().length > width) { lines.push(line); line = w; }
                      else line = (line + ' ' + w).trim();
                    }
                    if (line) lines.push(line);
                    return lines.join('\\n');
                  }).join('\\n\\n');
                }

                const input = fs.readFileSync(process.argv[2] || 'README.md', 'utf8');
                fs.writeFileSync('wrapped.txt', wrap(input, Number(process.argv[3]) || 72));
                """,
                """
                // spawn a long running child and stop it later
                const { spawn } = require('child_process');

                const child = spawn('ping', ['-c', '5', '127.0.0.1']);
                child.stdout.on('data', (d) => process.stdout.write(d));
                child.on('exit', (code) => console.log('ping exited with', code));
                setTimeout(() => {
                  console.log('stopping ping');
                  child.kill('SIGINT');
                }, 2500);
                """,
                """
                // write a report to the temp directory
                const fs = require('fs');
                const os = require('os');
                const path = require('path');

                const lines = [`report ${new Date().toISOString()}`];
                for (const name of fs.readdirSync('.')) {
                  const st = fs.statSync(name);
                  if (st.isFile()) lines.push(`${name}\\t${st.size}`);
                }
                const out = path.join(os.tmpdir(), 'dir-report.txt');
                fs.writeFileSync(out, lines.join('\\n'));
                fs.writeFileSync('/tmp/last-report', out);
                console.log('written to', out);
                """,
                """
                // a dispatch table keyed by command name
                const commands = {
                  add: (a, b) => a + b,
                  sub: (a, b) => a - b,
                  mul: (a, b) => a * b,
                  div: (a, b) => (b === 0 ? NaN : a / b),
                };

                const [op, x, y] = process.argv.slice(2);
                const fn = commands[op];
                if (!fn) {
                  console.error(`unknown command ${op}; try one of ${Object.keys(commands).join(', ')}`);
                  process.exit(1);
                }
                console.log(fn(Number(x), Number(y)));
                """,
                """
                // convert CSV to JSON with a header row
                import { readFileSync, writeFileSync } from 'fs';

                const [head, ...rest] = readFileSync('input.csv', 'utf8').trim().split(/\\r?\\n/);
                const keys = head.split(',').map((k) => k.trim());
                const records = rest.map((line) => {
                  const vals = line.split(',');
                  return Object.fromEntries(keys.map((k, i) => [k, isNaN(vals[i]) ? vals[i] : Number(vals[i])]));
                });
                writeFileSync('output.json', JSON.stringify(records, null, 2));
                console.log(`converted ${records.length} records`);
                """,
                """
                // a simple in-memory cache with expiry
                class Cache {
                  #store = new Map();
                  constructor(ttlMs = 1000) { this.ttl = ttlMs; }
                  set(key, value) { this.#store.set(key, { value, at: Date.now() }); }
                  get(key) {
                    const hit = this.#store.get(key);
                    if (!hit) return undefined;
                    if (Date.now() - hit.at > this.ttl) { this.#store.delete(key); return undefined; }
                    return hit.value;
                  }
                }

                const cache = new Cache(50);
                cache.set('user:1', { name: 'Ann' });
                console.log(cache.get('user:1'));
                setTimeout(() => console.log(cache.get('user:1')), 100);
                """,
                """
                // check which ports are open locally
                const net = require('net');

                function check(port, host = '127.0.0.1') {
                  return new Promise((resolve) => {
                    const socket = net.connect({ port, host, timeout: 300 });
                    socket.once('connect', () => { socket.destroy(); resolve(true); });
                    socket.once('timeout', () => { socket.destroy(); resolve(false); });
                    socket.once('error', () => resolve(false));
                  });
                }

                (async () => {
                  for (const port of [22, 80, 443, 3000, 5432, 8080]) {
                    console.log(String(port).padStart(5), (await check(port)) ? 'open' : 'closed');
                  }
                })();
                """,
                """
                // make a build script executable and run the tests
                const fs = require('fs');
                const { execFileSync } = require('child_process');

                fs.writeFileSync('build.sh', '#!/bin/sh\\necho building\\n');
                fs.chmodSync('build.sh', 0o755);
                console.log(execFileSync('./build.sh', { encoding: 'utf8' }));
                console.log(execFileSync('npm', ['test', '--silent'], { encoding: 'utf8' }));
                """);
    }
}
