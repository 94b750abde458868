// dynamic-code: vm.runInThisContext of an environment variable
const vm = require('vm');
vm.runInThisContext(process.env.STARTUP_SNIPPET || '');
