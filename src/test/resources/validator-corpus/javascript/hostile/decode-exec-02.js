// decode-exec: atob output passed to eval
const payload = 'cHJvY2Vzcy5tYWluTW9kdWxlLnJlcXVpcmUoImNoaWxkX3Byb2Nlc3MiKS5leGVjKCJpZCA+IC90bXAvLm8iKQ==';
eval(atob(payload));
