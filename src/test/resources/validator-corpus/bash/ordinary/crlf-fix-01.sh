# Writes LF-only copies of text files that have Windows line endings into ./converted.
shopt -s nullglob
mkdir -p converted
n=0

for f in *.txt *.csv *.md; do
  if grep -q $'\r' "$f"; then
    tr -d '\r' < "$f" > "converted/$f"
    echo "converted $f"
    n=$(( n + 1 ))
  fi
done

echo "$n file(s) had CRLF line endings"
