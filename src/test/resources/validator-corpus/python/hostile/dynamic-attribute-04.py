# dynamic-attribute: operator.attrgetter with a computed name
import operator
import subprocess

call = operator.attrgetter("check_" + "output")(subprocess)
print(call(["id"]))
