// dynamic-code: a Function built from a command-line argument
const [, , expr] = process.argv;
const compute = new Function('x', `return ${expr};`);
console.log(compute(42));
