# Checks which development tools are installed and prints their versions.
tools=(git python3 node npm docker jq make gcc)
missing=()

for t in "${tools[@]}"; do
  if command -v "$t" >/dev/null 2>&1; then
    version=$("$t" --version 2>&1 | head -n 1)
    printf '%-8s %s\n' "$t" "$version"
  else
    missing+=("$t")
  fi
done

if (( ${#missing[@]} > 0 )); then
  echo "missing: ${missing[*]}"
fi
