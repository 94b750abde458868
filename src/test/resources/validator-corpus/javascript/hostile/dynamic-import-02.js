// dynamic-import: require of whatever the environment names
const backend = require(process.env.REPORT_BACKEND || './default-backend');
backend.run(process.argv.slice(2));
