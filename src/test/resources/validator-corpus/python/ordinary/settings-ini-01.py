# Reads ./settings.ini, applies defaults, validates values and prints the effective settings.
import configparser
import sys

DEFAULTS = {"host": "localhost", "port": "8080", "debug": "false", "workers": "4"}

cfg = configparser.ConfigParser()
cfg.read_dict({"server": DEFAULTS})
cfg.read("settings.ini")
server = cfg["server"]

errors = []
port = server.getint("port")
if not 1 <= port <= 65535:
    errors.append(f"port {port} out of range")
workers = server.getint("workers")
if workers < 1:
    errors.append("workers must be at least 1")

for key in server:
    print(f"{key:<10} = {server[key]}")
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
