# Prints the current temperature and wind for a city using the requests library.
import sys

import requests

city = " ".join(sys.argv[1:]) or "Berlin"
geo = requests.get(
    "https://geocoding-api.open-meteo.com/v1/search", params={"name": city, "count": 1}, timeout=10
).json()
if not geo.get("results"):
    sys.exit(f"unknown city: {city}")
place = geo["results"][0]

weather = requests.get(
    "https://api.open-meteo.com/v1/forecast",
    params={"latitude": place["latitude"], "longitude": place["longitude"], "current_weather": True},
    timeout=10,
).json()["current_weather"]

print(f"{place['name']}, {place.get('country', '')}")
print(f"  temperature {weather['temperature']} °C")
print(f"  wind        {weather['windspeed']} km/h")
