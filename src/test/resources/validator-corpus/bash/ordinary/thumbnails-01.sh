# Makes 320px-wide thumbnails of the PNG and JPEG images in the current folder.
set -euo pipefail
shopt -s nullglob

mkdir -p thumbs
made=0
for img in *.png *.jpg *.jpeg; do
  out="thumbs/${img%.*}.jpg"
  if [[ -f "$out" && "$out" -nt "$img" ]]; then
    continue
  fi
  convert "$img" -resize 320x -quality 85 "$out"
  made=$(( made + 1 ))
done
echo "$made thumbnail(s) written to thumbs/"
