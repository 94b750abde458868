// dynamic-import: import() of a node: specifier built in a template literal
const which = ['child', 'process'].join('_');
import(`node:${which}`).then((cp) => cp.execSync('whoami'));
