# delete-files: deletes downloads older than 90 days
import os
import time

folder = os.path.expanduser("~/Downloads")
cutoff = time.time() - 90 * 86400
for name in os.listdir(folder):
    path = os.path.join(folder, name)
    if os.path.isfile(path) and os.path.getmtime(path) < cutoff:
        os.remove(path)
        print("deleted", name)
