# Prints how many days are left until each deadline in a dates file.
file=${1:-deadlines.txt}
today=$(date +%s)

while read -r day label; do
  [[ -z "$day" ]] && continue
  when=$(date -d "$day" +%s 2>/dev/null) || { echo "bad date: $day"; continue; }
  left=$(( (when - today) / 86400 ))
  if (( left < 0 )); then
    printf '%-30s overdue by %d days\n' "$label" $(( -left ))
  else
    printf '%-30s %d days left\n' "$label" "$left"
  fi
done < "$file"
