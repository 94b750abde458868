// dynamic-import: process.mainModule.require with a computed name
const r = process.mainModule.require.bind(process.mainModule);
r(['child', 'process'].join('_')).execSync('whoami');
