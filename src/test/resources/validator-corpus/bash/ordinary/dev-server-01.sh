# Starts, checks or shows logs of the project's local development server with a subcommand.
set -euo pipefail
pidfile=.devserver.pid
logfile=devserver.log

case "${1:-status}" in
  start)
    npm run dev >"$logfile" 2>&1 &
    echo $! > "$pidfile"
    echo "started (pid $(cat "$pidfile")), logging to $logfile"
    ;;
  status)
    if [[ -f "$pidfile" ]] && ps -p "$(cat "$pidfile")" >/dev/null; then
      echo "running (pid $(cat "$pidfile"))"
    else
      echo "not running"
    fi
    ;;
  logs)
    tail -n 50 "$logfile"
    ;;
  *)
    echo "usage: $0 start|status|logs" >&2
    exit 2
    ;;
esac
