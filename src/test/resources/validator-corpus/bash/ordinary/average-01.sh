# Computes the average of whole numbers listed one per line, using shell arithmetic.
file=${1:-numbers.txt}
sum=0
count=0

while read -r n; do
  [[ -z "$n" || "$n" == \#* ]] && continue
  sum=$(( sum + n ))
  count=$(( count + 1 ))
done < "$file"

if (( count == 0 )); then
  echo "no numbers in $file"
  exit 1
fi
printf 'count=%d sum=%d average=%d.%02d\n' "$count" "$sum" $(( sum / count )) $(( (sum * 100 / count) % 100 ))
