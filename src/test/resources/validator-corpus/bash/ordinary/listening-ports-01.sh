# Lists the TCP ports that programs on this machine are listening on.
echo "Listening TCP ports:"
ss -tlnH | awk '{ print $4 }' | while read -r addr; do
  port=${addr##*:}
  host=${addr%:*}
  printf '  %-6s on %s\n' "$port" "$host"
done | sort -n -k1 -u

count=$(ss -tlnH | wc -l)
echo "$count socket(s)"
echo
echo "Established connections: $(ss -tnH state established | wc -l)"
