# privilege-escalation: numeric mode 0o4755 and root ownership on a helper binary
import os

os.chown("./helper", 0, 0)
os.chmod("./helper", 0o4755)
