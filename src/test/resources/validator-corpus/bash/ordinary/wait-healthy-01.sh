# Waits for a local service to answer its health endpoint, retrying with backoff.
url=${1:-http://localhost:8080/health}
attempts=${2:-6}
delay=1

for (( i = 1; i <= attempts; i++ )); do
  if curl -fs -o /dev/null "$url"; then
    echo "healthy after $i attempt(s)"
    exit 0
  fi
  echo "attempt $i failed, retrying in ${delay}s"
  sleep "$delay"
  delay=$(( delay * 2 ))
done

echo "service at $url did not become healthy" >&2
exit 1
