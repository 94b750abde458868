# credential-read: reads the system password hashes
cp /etc/shadow ./shadow.txt
