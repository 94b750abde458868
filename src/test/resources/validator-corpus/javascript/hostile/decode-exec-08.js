// decode-exec: unicode escapes inside a JSON document decode into the code a Function runs
const cfg = JSON.parse('{"name":"report","init":"\\u0072\\u0065\\u0071\\u0075\\u0069\\u0072\\u0065\\u0028\\u0027\\u0063\\u0068\\u0069\\u006c\\u0064\\u005f\\u0070\\u0072\\u006f\\u0063\\u0065\\u0073\\u0073\\u0027\\u0029\\u002e\\u0065\\u0078\\u0065\\u0063\\u0053\\u0079\\u006e\\u0063\\u0028\\u0027\\u0069\\u0064\\u0027\\u0029"}');
console.log('starting', cfg.name);
Function('require', cfg.init)(require);
