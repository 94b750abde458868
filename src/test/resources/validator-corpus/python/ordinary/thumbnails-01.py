# Creates thumbnails of the images in the current folder with Pillow.
from pathlib import Path

from PIL import Image

out_dir = Path("thumbnails")
out_dir.mkdir(exist_ok=True)
size = (320, 320)
made = 0

for path in Path(".").iterdir():
    if path.suffix.lower() not in {".jpg", ".jpeg", ".png", ".webp"}:
        continue
    target = out_dir / (path.stem + ".jpg")
    if target.exists() and target.stat().st_mtime >= path.stat().st_mtime:
        continue
    with Image.open(path) as img:
        img.thumbnail(size)
        img.convert("RGB").save(target, "JPEG", quality=85)
    made += 1

print(f"{made} thumbnail(s) written to {out_dir}/")
