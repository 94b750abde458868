// dynamic-code: Reflect.construct of Function with a body from the command line
const body = process.argv.slice(2).join(' ');
Reflect.construct(Function, [body])();
