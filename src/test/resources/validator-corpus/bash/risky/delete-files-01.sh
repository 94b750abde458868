# delete-files: frees space by removing old installers from the Downloads folder
set -euo pipefail
target="$HOME/Downloads/old-installers"
du -sh "$target"
rm -rf "$target"
echo "removed $target"
