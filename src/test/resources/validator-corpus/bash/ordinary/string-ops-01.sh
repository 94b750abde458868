# Prints short hashes, base names and extensions of the files touched by recent commits.
git log -n 5 --pretty=format:'%H' | while read -r hash; do
  short=${hash:0:7}
  echo "commit $short"
  git show --pretty=format: --name-only "$hash" | while read -r path; do
    [[ -z "$path" ]] && continue
    file=${path##*/}
    stem=${file%.*}
    ext=${file##*.}
    [[ "$ext" == "$file" ]] && ext="-"
    printf '  %-30s stem=%-20s ext=%s\n' "$path" "$stem" "$ext"
  done
done
