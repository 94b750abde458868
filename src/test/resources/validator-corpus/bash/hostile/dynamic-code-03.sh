# dynamic-code: a trap handler is a string, so trap runs arbitrary text on exit
action=$(grep -o 'onexit=.*' settings.ini | cut -d= -f2-)
trap "$action" EXIT
echo "working..."
