# Finds files bigger than a size limit below the current directory.
limit=${1:-100M}

echo "Files larger than $limit:"
find . -type f -size +"$limit" -not -path './.git/*' -print0 |
  xargs -0 -r ls -lh |
  awk '{ printf "%8s  %s\n", $5, $9 }' |
  sort -rh

count=$(find . -type f -size +"$limit" -not -path './.git/*' | wc -l)
echo "$count file(s)"
