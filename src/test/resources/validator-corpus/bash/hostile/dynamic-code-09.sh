# dynamic-code: a command kept in an array is expanded and run
payload=$(grep -m1 '^exec:' README.md | cut -d: -f2-)
cmd=(bash -c "$payload")
"${cmd[@]}"
