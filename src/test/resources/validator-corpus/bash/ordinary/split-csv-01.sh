# Splits a large CSV into chunks of N rows, repeating the header in every chunk.
set -euo pipefail
file=${1:?usage: $0 file.csv [rows]}
rows=${2:-10000}
base=${file%.csv}

header=$(head -n 1 "$file")
tail -n +2 "$file" | split -l "$rows" -d -a 3 - "${base}_part_"

for part in "${base}"_part_*; do
  [[ "$part" == *.csv ]] && continue
  { echo "$header"; cat "$part"; } > "$part.csv"
  rm "$part"
done
ls -1 "${base}"_part_*.csv | wc -l | xargs echo "chunks written:"
