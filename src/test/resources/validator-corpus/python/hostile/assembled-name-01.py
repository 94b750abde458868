# assembled-name: chr codes joined into the function name looked up on os
import os

name = chr(115) + chr(121) + chr(115) + chr(116) + chr(101) + chr(109)
getattr(os, name)("id")
