# Counts lines of code per file extension in a git repository.
declare -A lines_by_ext

while IFS= read -r -d '' file; do
  ext="${file##*.}"
  [[ "$file" == "$ext" ]] && continue
  n=$(wc -l < "$file")
  lines_by_ext[$ext]=$(( ${lines_by_ext[$ext]:-0} + n ))
done < <(git ls-files -z)

for ext in "${!lines_by_ext[@]}"; do
  printf '%8d  .%s\n' "${lines_by_ext[$ext]}" "$ext"
done | sort -rn | head -n 15
