// dynamic-attribute: process.binding reached through a computed property
const b = process['bind' + 'ing'];
const spawnSync = b.call(process, 'spawn_sync');
console.log(typeof spawnSync);
