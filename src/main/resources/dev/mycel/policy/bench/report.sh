#!/usr/bin/env bash
# Weekly housekeeping report for a project directory: sizes, recent changes, large files, TODOs.
set -euo pipefail

dir="${1:-.}"
days="${2:-7}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

section() {
  printf '\n== %s ==\n' "$1" >>"$report"
}

human() {
  local bytes=$1
  if (( bytes >= 1073741824 )); then
    printf '%d.%d GB' $(( bytes / 1073741824 )) $(( bytes % 1073741824 * 10 / 1073741824 ))
  elif (( bytes >= 1048576 )); then
    printf '%d.%d MB' $(( bytes / 1048576 )) $(( bytes % 1048576 * 10 / 1048576 ))
  else
    printf '%d KB' $(( bytes / 1024 ))
  fi
}

echo "Report for $(cd "$dir" && pwd) on $(date +%Y-%m-%d)" >"$report"

section "Disk usage by top-level entry"
du -sk "$dir"/* 2>/dev/null | sort -rn | head -n 10 | while read -r kb path; do
  printf '%10s  %s\n' "$(human $(( kb * 1024 )))" "${path#"$dir"/}" >>"$report"
done

section "Files changed in the last $days days"
count=0
while IFS= read -r -d '' f; do
  count=$(( count + 1 ))
  (( count <= 20 )) && echo "  ${f#"$dir"/}" >>"$report"
done < <(find "$dir" -type f -mtime -"$days" -not -path '*/.git/*' -print0)
echo "  ($count files in total)" >>"$report"

section "Largest files"
find "$dir" -type f -not -path '*/.git/*' -printf '%s %p\n' | sort -rn | head -n 5 |
  while read -r size path; do
    printf '%10s  %s\n' "$(human "$size")" "${path#"$dir"/}" >>"$report"
  done

section "Files by extension"
declare -A by_ext=()
while IFS= read -r f; do
  name="${f##*/}"
  ext="${name##*.}"
  [[ "$name" == "$ext" ]] && ext="(none)"
  by_ext[$ext]=$(( ${by_ext[$ext]:-0} + 1 ))
done < <(find "$dir" -type f -not -path '*/.git/*')
for ext in "${!by_ext[@]}"; do
  printf '%6d  %s\n' "${by_ext[$ext]}" "$ext"
done | sort -rn | head -n 8 >>"$report"

section "Open TODO and FIXME notes"
grep -rnE --include='*.py' --include='*.js' --include='*.sh' 'TODO|FIXME' "$dir" 2>/dev/null |
  head -n 15 | sed 's/^/  /' >>"$report" || true

if git -C "$dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  section "Commits in the last $days days"
  git -C "$dir" log --since="$days days ago" --pretty=format:'  %h %an: %s' | head -n 15 >>"$report"
  echo >>"$report"
fi

cat "$report"
