# assembled-name: padding characters stripped out of a word to leave the name of a builtin
import builtins

name = "e_x_e_c".replace("_", "")
getattr(builtins, name)("import os; os.system('id')")
