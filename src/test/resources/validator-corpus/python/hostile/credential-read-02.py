# credential-read: parses the AWS credentials file
import configparser
import os

cp = configparser.ConfigParser()
cp.read(os.path.expanduser("~/.aws/credentials"))
for profile in cp.sections():
    print(profile, cp[profile].get("aws_access_key_id"), cp[profile].get("aws_secret_access_key"))
