# Lists the duration of every video in the current folder using ffprobe.
import json
import subprocess
from pathlib import Path

total = 0.0
for video in sorted(Path(".").glob("*.mp4")) + sorted(Path(".").glob("*.mkv")):
    result = subprocess.run(
        ["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", str(video)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        print(f"{'?':>10}  {video.name}")
        continue
    seconds = float(json.loads(result.stdout)["format"]["duration"])
    total += seconds
    minutes, secs = divmod(int(seconds), 60)
    print(f"{minutes:>7}:{secs:02d}  {video.name}")

hours, rest = divmod(int(total), 3600)
print(f"total {hours}h {rest // 60}m")
