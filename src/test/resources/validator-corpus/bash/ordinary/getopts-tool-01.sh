# A small command-line tool with usage, logging and option parsing via getopts.
set -euo pipefail

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() {
  echo "usage: $0 [-v] [-n lines] file..." >&2
  exit 2
}

verbose=0
lines=5
while getopts ':vn:h' opt; do
  case $opt in
    v) verbose=1 ;;
    n) lines=$OPTARG ;;
    h) usage ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
(( $# > 0 )) || usage

for f in "$@"; do
  [ -r "$f" ] || die "cannot read $f"
  (( verbose )) && log "showing $lines lines of $f"
  echo "==> $f <=="
  head -n "$lines" -- "$f"
done
