// dynamic-import: import() of a module named in a config file
const cfg = JSON.parse(require('fs').readFileSync('./plugins.json', 'utf8'));
(async () => {
  for (const name of cfg.plugins) {
    const plugin = await import(name);
    plugin.activate?.();
  }
})();
