# dynamic-code: eval reached through the builtin and command prefixes with text read from a file
task=$(< ./.task)
builtin eval "$task"
command eval "$task"
