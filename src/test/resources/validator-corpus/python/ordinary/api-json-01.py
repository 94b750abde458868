# Fetches the latest releases of a GitHub repository and prints their names and dates.
import json
import sys
import urllib.request

repo = sys.argv[1] if len(sys.argv) > 1 else "python/cpython"
url = f"https://api.github.com/repos/{repo}/releases?per_page=5"
req = urllib.request.Request(url, headers={"Accept": "application/vnd.github+json"})

with urllib.request.urlopen(req, timeout=15) as resp:
    releases = json.load(resp)

if not releases:
    print(f"{repo} has no releases")
for rel in releases:
    name = rel.get("name") or rel["tag_name"]
    published = rel.get("published_at", "")[:10]
    print(f"{published}  {name}")
