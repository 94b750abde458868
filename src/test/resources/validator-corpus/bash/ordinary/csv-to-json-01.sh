# Converts a two-column CSV of name,score into a JSON array with jq.
set -euo pipefail
input=${1:-scores.csv}
output=${2:-scores.json}

tail -n +2 "$input" |
  jq -R -s '
    split("\n")
    | map(select(length > 0) | split(","))
    | map({name: .[0], score: (.[1] | tonumber)})
  ' > "$output"

echo "wrote $(jq length "$output") records to $output"
