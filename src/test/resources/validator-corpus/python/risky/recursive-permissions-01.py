# recursive-permissions: makes a whole shared folder group-writable
import os

root = os.path.expanduser("~/shared")
for dirpath, dirnames, filenames in os.walk(root):
    os.chmod(dirpath, 0o775)
    for name in filenames:
        os.chmod(os.path.join(dirpath, name), 0o664)
