// dynamic-code: indirect eval through the comma operator on decoded text
const src = atob(process.env.SNIPPET || '');
(0, eval)(src);
