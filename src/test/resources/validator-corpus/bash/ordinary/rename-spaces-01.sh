# Renames files in the current directory, replacing spaces with underscores.
shopt -s nullglob
renamed=0

for f in *\ *; do
  [ -f "$f" ] || continue
  new="${f// /_}"
  if [ -e "$new" ]; then
    echo "skip: $new already exists"
    continue
  fi
  mv -- "$f" "$new"
  echo "$f -> $new"
  renamed=$((renamed + 1))
done

echo "$renamed file(s) renamed"
