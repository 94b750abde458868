# Checks the HTTP status code and response time of a list of URLs.
urls=(
  "https://example.com"
  "https://www.wikipedia.org"
  "https://httpbin.org/status/404"
)

printf '%-40s %6s %8s\n' URL STATUS TIME
for url in "${urls[@]}"; do
  result=$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' "$url")
  code=${result% *}
  secs=${result#* }
  printf '%-40s %6s %7ss\n' "$url" "$code" "$secs"
done
