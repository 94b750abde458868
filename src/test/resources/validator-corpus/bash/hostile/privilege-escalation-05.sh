# privilege-escalation: a passwordless sudoers rule written through sudo tee
echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/90-local >/dev/null
