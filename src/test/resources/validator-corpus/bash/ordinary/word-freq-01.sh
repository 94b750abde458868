# Shows the most frequent words in a text file, ignoring case and short words.
file=${1:?usage: $0 textfile [count]}
top=${2:-20}

tr -cs '[:alpha:]' '\n' < "$file" |
  tr '[:upper:]' '[:lower:]' |
  awk 'length($0) > 3' |
  sort |
  uniq -c |
  sort -rn |
  head -n "$top" |
  awk '{ printf "%-20s %d\n", $2, $1 }'
