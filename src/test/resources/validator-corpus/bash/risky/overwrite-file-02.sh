# overwrite-file: installs an edited editor config over the existing one
cp ./settings.json "$HOME/.config/Code/User/settings.json"
echo "VS Code settings replaced"
