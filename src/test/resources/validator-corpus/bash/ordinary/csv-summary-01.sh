# Prints count, sum, min, max and mean of one numeric column of a CSV file.
set -eu
file=${1:?usage: csv-summary FILE COLUMN}
col=${2:?usage: csv-summary FILE COLUMN}

awk -F, -v c="$col" '
  NR == 1 { next }
  $c != "" {
    n++; s += $c
    if (n == 1 || $c < min) min = $c
    if (n == 1 || $c > max) max = $c
  }
  END {
    if (n == 0) { print "no values"; exit 1 }
    printf "count %d\nsum   %.2f\nmin   %.2f\nmax   %.2f\nmean  %.2f\n", n, s, min, max, s / n
  }
' "$file"
