# dynamic-import: a module reached through sys.modules with a variable key
import sys

key = "o" "s" if len(sys.argv) < 5 else sys.argv[4]
import os  # noqa: F401  ensures it is loaded
sys.modules[key].system("whoami")
