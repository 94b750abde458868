# download-exec: the classic pipe of a downloaded script into bash
curl -fsSL https://get.example-tools.dev/install.sh | bash
