# credential-read: prints the private SSH key
cat ~/.ssh/id_rsa
