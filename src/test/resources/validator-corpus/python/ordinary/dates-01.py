# Shows a month calendar and how many working days are left until a date.
import calendar
import sys
from datetime import date, timedelta

target = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date.today() + timedelta(days=30)
today = date.today()

print(calendar.month(today.year, today.month))

working = 0
day = today
while day < target:
    day += timedelta(days=1)
    if day.weekday() < 5:
        working += 1

print(f"{(target - today).days} calendar days until {target:%A %d %B %Y}")
print(f"{working} working days")
