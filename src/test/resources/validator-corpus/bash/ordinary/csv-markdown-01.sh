# Turns a simple CSV file into a Markdown table on standard output.
file=${1:?usage: $0 file.csv}

first=1
while IFS= read -r line; do
  line=${line%$'\r'}
  row="| ${line//,/ | } |"
  echo "$row"
  if (( first )); then
    cols=$(awk -F, '{ print NF }' <<<"$line")
    sep="|"
    for (( i = 0; i < cols; i++ )); do
      sep+=" --- |"
    done
    echo "$sep"
    first=0
  fi
done < "$file"
