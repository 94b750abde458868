# dynamic-code: compile of a string read from the environment, then exec
import os

hook = os.environ.get("POST_HOOK", "")
exec(compile(hook, "<hook>", "exec"))
