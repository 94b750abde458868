# Counts HTTP methods in a request log with an associative array and prints them sorted.
declare -A counts=()
total=0

while read -r method path status; do
  [[ -z "$method" ]] && continue
  counts[$method]=$(( ${counts[$method]:-0} + 1 ))
  (( total++ ))
done < "${1:-requests.log}"

for m in "${!counts[@]}"; do
  pct=$(( counts[$m] * 100 / total ))
  printf '%-7s %6d  %3d%%\n' "$m" "${counts[$m]}" "$pct"
done | sort -k2 -rn

echo "total   $total"
