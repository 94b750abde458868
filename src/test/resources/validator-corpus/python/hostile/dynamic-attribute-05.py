# dynamic-attribute: globals() and the builtins table indexed by computed keys
b = globals()["__builtins__"]
table = b if isinstance(b, dict) else vars(b)
table["ex" + "ec"]("import os; os.system('id')")
