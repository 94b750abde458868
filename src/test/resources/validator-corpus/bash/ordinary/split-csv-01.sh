# Splits a large CSV into chunks of N rows, repeating the header in every chunk.
set -euo pipefail
file=${1:?usage: $0 file.csv [rows]}
rows=${2:-10000}
base=$(basename "${file%.csv}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

header=$(head -n 1 "$file")
tail -n +2 "$file" | split -l "$rows" -d -a 3 - "$work/part_"

for part in "$work"/part_*; do
  { echo "$header"; cat "$part"; } > "${base}_${part##*/}.csv"
done
ls -1 "${base}"_part_*.csv | wc -l | xargs echo "chunks written:"
