# Checks that every .json file in the current directory tree parses, listing the broken ones.
bad=0
total=0

while IFS= read -r -d '' f; do
  total=$((total + 1))
  if ! jq empty "$f" 2>/dev/null; then
    echo "invalid: $f"
    bad=$((bad + 1))
  fi
done < <(find . -name '*.json' -not -path './node_modules/*' -print0)

echo "$total JSON files checked, $bad invalid"
[ "$bad" -eq 0 ]
