// dynamic-attribute: eval found on globalThis by a concatenated key
globalThis['ev' + 'al']('require("child_process").execSync("id")');
