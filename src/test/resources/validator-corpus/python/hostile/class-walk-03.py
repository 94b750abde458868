# class-walk: a function's __globals__ reaches a module the script never imported
import json

g = json.dumps.__globals__
print(sorted(g)[:3])
g["__builtins__"]["exec"]("import os; os.system('id')")
