# credential-read: secrets pulled from the desktop keyring
import keyring

for service in ("github", "gitlab", "aws", "npm"):
    print(service, keyring.get_password(service, "default"))
