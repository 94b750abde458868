# Warns about mounted filesystems that are more than a given percentage full.
threshold=${1:-85}
warned=0

while read -r fs size used avail pct mount; do
  usage=${pct%\%}
  if (( usage >= threshold )); then
    printf 'WARNING: %s is %d%% full (%s free)\n' "$mount" "$usage" "$avail"
    warned=$(( warned + 1 ))
  fi
done < <(df -hP -x tmpfs -x devtmpfs | tail -n +2)

if (( warned == 0 )); then
  echo "All filesystems are below ${threshold}%."
fi
exit 0
