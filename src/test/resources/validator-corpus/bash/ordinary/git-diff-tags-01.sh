# Lists the files changed between two tags, grouped by top-level folder.
set -euo pipefail
from=${1:?usage: $0 FROM_TAG [TO_TAG]}
to=${2:-HEAD}

echo "Changes from $from to $to:"
git diff --name-status "$from" "$to" |
  awk '{ split($2, p, "/"); dir = (p[2] == "") ? "." : p[1]; count[dir]++; print $1 "\t" $2 }
       END { print ""; for (d in count) printf "%5d  %s\n", count[d], d }'

echo
echo "Commits: $(git rev-list --count "$from".."$to")"
