# delete-files: removes thumbnail caches and leftover .tmp files under Pictures
find ~/Pictures -name '*.tmp' -type f -delete
rm -rf ~/.cache/thumbnails/*
echo "cleaned"
