# Takes a random sample of lines from a CSV, keeping the header, for quick testing.
set -euo pipefail
file=${1:?usage: $0 file.csv [n]}
n=${2:-100}
out="sample_${n}_$(basename "$file")"

{
  head -n 1 "$file"
  tail -n +2 "$file" | shuf -n "$n"
} > "$out"

echo "wrote $(( $(wc -l < "$out") - 1 )) sample rows to $out"
