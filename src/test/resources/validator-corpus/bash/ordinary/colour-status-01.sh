# Runs the test suites of several sub-projects and prints a coloured pass/fail line for each.
green=$'\e[32m'
red=$'\e[31m'
reset=$'\e[0m'
failed=0

for dir in */; do
  [[ -f "$dir/package.json" ]] || continue
  if (cd "$dir" && npm test --silent >/dev/null 2>&1); then
    printf '%sPASS%s %s\n' "$green" "$reset" "${dir%/}"
  else
    printf '%sFAIL%s %s\n' "$red" "$reset" "${dir%/}"
    failed=$(( failed + 1 ))
  fi
done

exit $(( failed > 0 ))
