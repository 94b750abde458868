# kill-process: stops a development server that is still holding the port
pid=$(lsof -ti tcp:3000 || true)
if [ -n "$pid" ]; then
  kill -9 $pid
  echo "killed $pid"
fi
