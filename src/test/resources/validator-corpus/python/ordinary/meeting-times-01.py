# Shows a meeting time in several time zones, flagging times outside working hours.
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

ZONES = ["America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo"]

when = sys.argv[1] if len(sys.argv) > 1 else "2025-03-14 16:00"
origin = ZoneInfo(sys.argv[2] if len(sys.argv) > 2 else "Europe/Berlin")
meeting = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=origin)

for zone in ZONES:
    local = meeting.astimezone(ZoneInfo(zone))
    note = "" if 8 <= local.hour < 18 else "  (outside working hours)"
    print(f"{zone:<22} {local:%a %d %b %H:%M}{note}")
