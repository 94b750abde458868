# Makes a timestamped tar.gz backup of a project folder next to it in the current directory.
set -euo pipefail
src=${1:-.}
name=$(basename "$(cd "$src" && pwd)")
stamp=$(date +%Y%m%d-%H%M%S)
out="./${name}-${stamp}.tar.gz"

tar --exclude='.git' --exclude='node_modules' --exclude='*.tar.gz' \
    -czf "$out" -C "$src" .

size=$(du -h "$out" | cut -f1)
echo "backup written: $out ($size)"
tar -tzf "$out" | wc -l | xargs echo "files in archive:"
