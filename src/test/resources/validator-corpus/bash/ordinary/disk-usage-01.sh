# Shows the ten biggest folders under a directory, with a total at the end.
set -euo pipefail

dir="${1:-.}"
if [[ ! -d "$dir" ]]; then
  echo "usage: $0 [directory]" >&2
  exit 2
fi

echo "Largest entries in $dir:"
du -sh "$dir"/* 2>/dev/null | sort -rh | head -n 10 | while read -r size path; do
  printf '  %8s  %s\n' "$size" "${path##*/}"
done

total=$(du -sh "$dir" 2>/dev/null | cut -f1)
echo "Total: $total"
