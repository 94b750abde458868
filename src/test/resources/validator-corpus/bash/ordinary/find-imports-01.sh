# Lists the Python files that import a given module, and how often the module is used in each.
module=${1:-requests}

find . -name '*.py' -not -path './.venv/*' -exec grep -lE "^(import|from) $module" {} + 2>/dev/null |
while read -r f; do
  uses=$(grep -c "$module\." "$f")
  printf '%4d  %s\n' "$uses" "$f"
done | sort -rn

echo "files importing $module: $(grep -rlE --include='*.py' "^(import|from) $module" . | wc -l)"
