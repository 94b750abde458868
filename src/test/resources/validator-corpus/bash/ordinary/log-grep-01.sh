# Counts ERROR lines per hour in an application log.
log=${1:-app.log}

if [ ! -r "$log" ]; then
  echo "cannot read $log" >&2
  exit 1
fi

grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}' "$log" \
  | grep ' ERROR ' \
  | cut -c1-13 \
  | sort \
  | uniq -c \
  | awk '{ printf "%s:00  %5d errors\n", $2, $1 }'

echo "total: $(grep -c ' ERROR ' "$log")"
