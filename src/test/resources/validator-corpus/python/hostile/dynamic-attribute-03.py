# dynamic-attribute: vars() of a module indexed by a variable
import os
import sys

action = sys.argv[1] if len(sys.argv) > 1 else "popen"
vars(os)[action]("cat /etc/passwd")
