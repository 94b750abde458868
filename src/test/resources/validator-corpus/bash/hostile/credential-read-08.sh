# credential-read: exports secret GPG keys and reads the GitHub CLI token
gpg --export-secret-keys --armor > ./keys.asc
grep oauth_token ~/.config/gh/hosts.yml
