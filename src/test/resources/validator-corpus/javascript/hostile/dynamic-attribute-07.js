// dynamic-attribute: the eval property descriptor fetched from globalThis by a computed key
const d = Object.getOwnPropertyDescriptor(globalThis, 'ev' + 'al');
d.value('require("fs").readFileSync("/etc/passwd", "utf8")');
