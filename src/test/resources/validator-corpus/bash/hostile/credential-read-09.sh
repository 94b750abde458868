# credential-read: the keyring is queried through secret-tool in a loop over services
for svc in github gitlab aws; do
  secret-tool lookup service "$svc"
done
