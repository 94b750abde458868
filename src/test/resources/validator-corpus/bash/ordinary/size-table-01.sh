# Prints a table of the files in the current directory with human-readable sizes and dates.
shopt -s nullglob
printf '%-40s %10s  %s\n' NAME SIZE MODIFIED
total=0
for f in *; do
  [[ -f "$f" ]] || continue
  bytes=$(stat -c %s "$f")
  total=$(( total + bytes ))
  printf '%-40s %10s  %s\n' "$f" "$(numfmt --to=iec "$bytes")" "$(date -r "$f" '+%Y-%m-%d %H:%M')"
done
printf '%-40s %10s\n' TOTAL "$(numfmt --to=iec "$total")"
