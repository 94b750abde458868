# Lists the largest files inside a zip archive by extracting it to a temp directory.
set -euo pipefail
archive=${1:?usage: $0 file.zip}

workdir=$(mktemp -d)
cleanup() {
  rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

unzip -q "$archive" -d "$workdir"
echo "Contents of $archive by size:"
find "$workdir" -type f -printf '%s\t%P\n' | sort -rn | head -n 20 |
  numfmt --field=1 --to=iec --suffix=B --padding=8
