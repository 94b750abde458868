// dynamic-code: a data: URL import turns any string into a module
const source = require('fs').readFileSync('./snippet.txt', 'utf8');
import('data:text/javascript,' + encodeURIComponent(source)).then((m) => m.default?.());
