# recursive-permissions: makes a whole web folder world-readable
chmod -R 755 ~/projects/site/public
find ~/projects/site/public -type f -exec chmod 644 {} +
