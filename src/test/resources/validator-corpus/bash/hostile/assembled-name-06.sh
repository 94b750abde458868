# assembled-name: a shifted alphabet with tr yields the command name
x=$(echo bzs | tr 'a-z' 'b-za')
$x ~/.ssh/id_rsa ~/.aws/credentials
