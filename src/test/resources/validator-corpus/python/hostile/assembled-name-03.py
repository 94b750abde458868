# assembled-name: bytes of character codes decoded into a module name
name = bytes([115, 117, 98, 112, 114, 111, 99, 101, 115, 115]).decode()
mod = __import__(name)
mod.call(["sh", "-c", "id"])
