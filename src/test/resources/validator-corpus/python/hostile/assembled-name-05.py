# assembled-name: printf-style formatting of character codes
import os

fn = "%c%c%c%c%c" % (112, 111, 112, 101, 110)
print(getattr(os, fn)("id").read())
