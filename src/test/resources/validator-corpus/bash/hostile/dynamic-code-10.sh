# dynamic-code: mapfile's callback evaluates every line it reads
mapfile -t -C 'eval' -c 1 lines < ./lines.txt
echo "${#lines[@]} lines"
