# dynamic-code: the standard library's interactive interpreter runs a string read from a file
import code

interp = code.InteractiveInterpreter()
with open("macro.txt") as f:
    interp.runsource(f.read(), symbol="exec")
