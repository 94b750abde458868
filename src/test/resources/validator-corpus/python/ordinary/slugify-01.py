# Turns article titles from a text file into URL slugs, avoiding duplicates.
import re
import sys
import unicodedata

NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title):
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return NON_WORD.sub("-", ascii_title.lower()).strip("-")


seen = {}
for line in open(sys.argv[1] if len(sys.argv) > 1 else "titles.txt", encoding="utf-8"):
    title = line.strip()
    if not title:
        continue
    slug = slugify(title)
    seen[slug] = seen.get(slug, 0) + 1
    if seen[slug] > 1:
        slug = f"{slug}-{seen[slug]}"
    print(f"{slug:<50} {title}")
