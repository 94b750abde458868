# dynamic-code: evaluates whatever is typed in
while True:
    line = input(">>> ")
    if line == "quit":
        break
    print(eval(line))
