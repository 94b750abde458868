# Compresses log files older than a week in the current directory, keeping the originals.
shopt -s nullglob
n=0
saved=0

for f in *.log; do
  if [[ $(find "$f" -mtime +7) ]]; then
    before=$(stat -c %s "$f")
    gzip -k -9 "$f"
    after=$(stat -c %s "$f.gz")
    saved=$(( saved + before - after ))
    n=$(( n + 1 ))
  fi
done

echo "compressed $n file(s), saved $(( saved / 1024 )) KB"
