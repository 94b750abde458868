# Plots daily temperatures from a CSV file with matplotlib and saves the chart as a PNG.
import csv
from datetime import datetime

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

days, highs, lows = [], [], []
with open("temperatures.csv", newline="") as f:
    for row in csv.DictReader(f):
        days.append(datetime.strptime(row["date"], "%Y-%m-%d"))
        highs.append(float(row["high"]))
        lows.append(float(row["low"]))

fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(days, highs, color="tab:red", label="high")
ax.plot(days, lows, color="tab:blue", label="low")
ax.fill_between(days, lows, highs, alpha=0.1)
ax.set_ylabel("°C")
ax.legend()
fig.autofmt_xdate()
fig.tight_layout()
fig.savefig("temperatures.png", dpi=120)
print("saved temperatures.png")
