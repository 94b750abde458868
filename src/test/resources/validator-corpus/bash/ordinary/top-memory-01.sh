# Lists the processes using the most memory, with their share of the total.
count=${1:-10}

printf '%-8s %-12s %6s %8s  %s\n' PID USER MEM% RSS COMMAND
ps -eo pid,user,%mem,rss,comm --sort=-%mem | tail -n +2 | head -n "$count" |
while read -r pid user mem rss comm; do
  printf '%-8s %-12s %6s %7dM  %s\n' "$pid" "$user" "$mem" $(( rss / 1024 )) "$comm"
done

total=$(ps -eo rss= | awk '{ s += $1 } END { print int(s / 1024) }')
echo "all processes: ${total} MB resident"
