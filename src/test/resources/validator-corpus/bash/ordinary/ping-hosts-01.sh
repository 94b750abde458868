# Pings each host in a list once and reports which ones answer.
hosts_file=${1:-hosts.txt}
up=0
down=0

while read -r host; do
  [ -z "$host" ] && continue
  if ping -c 1 -W 2 "$host" >/dev/null 2>&1; then
    echo "up    $host"
    up=$((up + 1))
  else
    echo "DOWN  $host"
    down=$((down + 1))
  fi
done < "$hosts_file"

echo "$up up, $down down"
