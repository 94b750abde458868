# dynamic-code: xargs hands each input line to sh -c
grep -h '^run:' ./tasks/*.md | cut -c5- | xargs -I{} sh -c '{}'
