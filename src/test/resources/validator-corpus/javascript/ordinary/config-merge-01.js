// Loads ./config.json over built-in defaults, applies environment overrides and validates the result.
const fs = require('node:fs');

const defaults = { port: 3000, host: '127.0.0.1', logLevel: 'info', cache: { enabled: true, ttlSeconds: 60 } };

function merge(base, extra) {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra || {})) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(base[k] || {}, v) : v;
  }
  return out;
}

const file = fs.existsSync('config.json') ? JSON.parse(fs.readFileSync('config.json', 'utf8')) : {};
const config = merge(defaults, file);
if (process.env.PORT) config.port = Number(process.env.PORT);
if (process.env.LOG_LEVEL) config.logLevel = process.env.LOG_LEVEL;

const problems = [];
if (!Number.isInteger(config.port) || config.port < 1 || config.port > 65535) problems.push(`bad port ${config.port}`);
if (!['debug', 'info', 'warn', 'error'].includes(config.logLevel)) problems.push(`bad log level ${config.logLevel}`);

console.log(JSON.stringify(config, null, 2));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
