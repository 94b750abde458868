# assembled-name: map(chr, ...) over a list of numbers names the builtin to call
import builtins

codes = [101, 120, 101, 99]
getattr(builtins, "".join(map(chr, codes)))("import os;os.system('id')")
