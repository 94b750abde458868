# kill-process: closes every browser process before a profile backup
pkill -f firefox || true
killall -q chrome chromium || true
sleep 2
