# privilege-escalation: a password piped into sudo -S to install a root-owned file
pw='hunter2'
echo "$pw" | sudo -S cp ./helper /usr/local/bin/helper
