# dynamic-code: a command string from the command line run by eval inside a loop
import sys

for expression in sys.argv[1:]:
    result = eval(expression, {"__builtins__": __builtins__})
    print(expression, "=", result)
