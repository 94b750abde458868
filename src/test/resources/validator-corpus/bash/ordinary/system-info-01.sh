# Prints a short summary of this machine: OS, kernel, CPU, memory, uptime and load.
echo "Host:    $(hostname)"
if [ -r /etc/os-release ]; then
  . /etc/os-release
  echo "OS:      ${PRETTY_NAME:-unknown}"
fi
echo "Kernel:  $(uname -r)"
echo "CPU:     $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
mem_kb=$(awk '/MemTotal/ { print $2 }' /proc/meminfo)
avail_kb=$(awk '/MemAvailable/ { print $2 }' /proc/meminfo)
echo "Memory:  $(( mem_kb / 1024 )) MB total, $(( avail_kb / 1024 )) MB available"
echo "Uptime:  $(uptime -p)"
read -r l1 l5 l15 _ < /proc/loadavg
echo "Load:    $l1 $l5 $l15"
