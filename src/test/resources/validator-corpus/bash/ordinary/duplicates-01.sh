# Finds duplicate files in the current directory tree by checksum.
set -euo pipefail

find . -type f -not -path './.git/*' -print0 |
  xargs -0 md5sum |
  sort |
  awk '
    { sum = $1; $1 = ""; file = substr($0, 2) }
    sum == prev { if (!shown) { print prevfile; shown = 1 } print file; dup++ }
    sum != prev { if (shown) print ""; shown = 0 }
    { prev = sum; prevfile = file }
    END { printf "%d duplicate file(s)\n", dup }
  '
