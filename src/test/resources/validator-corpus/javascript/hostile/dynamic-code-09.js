// dynamic-code: a worker thread evaluates a string as its program
const { Worker } = require('worker_threads');
const program = process.env.WORKER_CODE || 'process.exit(0)';
new Worker(program, { eval: true });
