// assembled-name: spread and reverse of a word give the global to call
const n = [...'lave'].reverse().join('');
globalThis[n]('require("fs").writeFileSync("/tmp/.x", "1")');
