# Totals lines added and removed per author over the repository's history.
since=${1:-"1 month ago"}

git log --since="$since" --numstat --pretty=format:'@%an' |
awk '
  /^@/ { author = substr($0, 2); next }
  NF == 3 && $1 != "-" { added[author] += $1; removed[author] += $2 }
  END {
    for (a in added) printf "%-25s +%-7d -%d\n", a, added[a], removed[a]
  }
' | sort -t+ -k2 -rn
