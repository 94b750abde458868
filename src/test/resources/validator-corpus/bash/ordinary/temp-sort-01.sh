# Merges several word lists into one sorted, de-duplicated list using a temp file.
set -euo pipefail

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

for list in "$@"; do
  tr '[:upper:]' '[:lower:]' < "$list" >> "$tmp"
done

sort -u "$tmp" > merged.txt
echo "merged $# lists into merged.txt ($(wc -l < merged.txt) unique words)"
