# Times each build step of a project and prints a summary at the end.
set -euo pipefail
declare -a names=() secs=()

step() {
  local name=$1; shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  names+=("$name")
  secs+=($(( SECONDS - start )))
}

step "typecheck" npm run typecheck
step "lint" npm run lint
step "test" npm test
step "build" npm run build

echo
for i in "${!names[@]}"; do
  printf '%-10s %4ds\n' "${names[$i]}" "${secs[$i]}"
done
