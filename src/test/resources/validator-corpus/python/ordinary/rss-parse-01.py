# Lists the titles and dates of the items in a saved RSS feed file.
import sys
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

tree = ET.parse(sys.argv[1] if len(sys.argv) > 1 else "feed.xml")
channel = tree.getroot().find("channel")
if channel is None:
    sys.exit("not an RSS 2.0 feed")

print(channel.findtext("title", "untitled feed"))
print("-" * 60)
for item in channel.findall("item"):
    title = item.findtext("title", "").strip()
    when = item.findtext("pubDate")
    stamp = parsedate_to_datetime(when).strftime("%Y-%m-%d") if when else "????-??-??"
    print(f"{stamp}  {title[:70]}")
    link = item.findtext("link")
    if link:
        print(f"            {link}")
