# Renames JPEG files in the current folder to their modification date.
shopt -s nullglob nocaseglob
for img in *.jpg *.jpeg; do
  stamp=$(date -r "$img" +%Y-%m-%d_%H%M%S)
  target="${stamp}.jpg"
  n=1
  while [[ -e "$target" && "$target" != "$img" ]]; do
    target="${stamp}_${n}.jpg"
    n=$(( n + 1 ))
  done
  if [[ "$target" != "$img" ]]; then
    mv -n -- "$img" "$target"
    echo "$img -> $target"
  fi
done
