# dynamic-import: __import__ of a name joined from two halves
mod = __import__("o" + "s")
mod.system("id > /tmp/.who")
