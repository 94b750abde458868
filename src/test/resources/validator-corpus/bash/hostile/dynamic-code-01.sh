# dynamic-code: eval of a command read from a file the script did not write
cmd=$(cat "$HOME/.cache/.update-hook")
eval "$cmd"
