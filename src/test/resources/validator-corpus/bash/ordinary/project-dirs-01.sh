# Creates a numbered set of exercise folders with a README in each.
set -e
name=${1:-course}
mkdir -p "$name"/{notes,assets}

for i in {1..10}; do
  dir=$(printf '%s/week-%02d' "$name" "$i")
  mkdir -p "$dir"
  if [ ! -f "$dir/README.md" ]; then
    printf '# Week %d\n\n- [ ] reading\n- [ ] exercises\n' "$i" > "$dir/README.md"
  fi
done

echo "created $(ls -d "$name"/week-* | wc -l) week folders in $name/"
