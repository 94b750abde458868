// Moves the files of the current folder into sub-folders by type (images, documents, ...).
const fs = require('node:fs');
const path = require('node:path');

const groups = {
  images: ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic'],
  documents: ['.pdf', '.docx', '.txt', '.md'],
  audio: ['.mp3', '.wav', '.flac'],
  video: ['.mp4', '.mov', '.mkv'],
};

const moved = {};
for (const name of fs.readdirSync('.')) {
  if (name.startsWith('.') || !fs.statSync(name).isFile()) continue;
  const ext = path.extname(name).toLowerCase();
  const group = Object.keys(groups).find((g) => groups[g].includes(ext));
  if (!group) continue;
  fs.mkdirSync(group, { recursive: true });
  const target = path.join(group, name);
  if (fs.existsSync(target)) continue;
  fs.renameSync(name, target);
  moved[group] = (moved[group] || 0) + 1;
}

for (const [group, n] of Object.entries(moved)) console.log(`${String(n).padStart(4)} -> ${group}/`);
