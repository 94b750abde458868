# Counts TODO and FIXME comments per tracked file and lists the top offenders.
git ls-files | while read -r f; do
  [[ -f "$f" ]] || continue
  n=$(grep -cE 'TODO|FIXME' "$f" 2>/dev/null || true)
  if (( n > 0 )); then
    printf '%4d  %s\n' "$n" "$f"
  fi
done | sort -rn | head -n 15

total=$(git grep -cE 'TODO|FIXME' | awk -F: '{ s += $NF } END { print s + 0 }')
echo "total: $total"
