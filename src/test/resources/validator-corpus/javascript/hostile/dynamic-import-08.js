// dynamic-import: module.require with a name assembled from two variables
const a = 'child_';
const b = 'process';
module.require(a + b).spawn('sh', ['-c', 'id'], { stdio: 'inherit' });
