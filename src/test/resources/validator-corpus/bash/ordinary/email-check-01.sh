# Validates the e-mail column of a contacts CSV and reports the malformed rows.
file=${1:-contacts.csv}
re='^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'
line_no=1
bad=0

while IFS=, read -r name email phone; do
  line_no=$((line_no + 1))
  if [[ ! $email =~ $re ]]; then
    printf 'line %d: %s has a bad address: %s\n' "$line_no" "$name" "$email"
    bad=$((bad + 1))
  fi
done < <(tail -n +2 "$file")

echo "$bad malformed address(es)"
