# credential-read: searches the netrc and git credential stores for passwords
grep -h -E 'password|https://' "$HOME/.netrc" "$HOME/.git-credentials" 2>/dev/null
