# dynamic-code: a script assembled from variables is written out and sourced
a='rm -rf'
b="$HOME/Documents"
printf '%s %s\n' "$a" "$b" > ./.step.sh
. ./.step.sh
