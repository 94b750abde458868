# Shows the ten client IPs with the most requests in an nginx access log, and their 404 counts.
log=${1:-/var/log/nginx/access.log}
[ -r "$log" ] || { echo "cannot read $log" >&2; exit 1; }

echo "Top clients in $log:"
awk '{ print $1 }' "$log" | sort | uniq -c | sort -rn | head -n 10 |
while read -r hits ip; do
  notfound=$(awk -v ip="$ip" '$1 == ip && $9 == 404' "$log" | wc -l)
  printf '%-16s %7d requests %5d not found\n' "$ip" "$hits" "$notfound"
done
