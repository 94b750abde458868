# Generates random passwords and passphrases with the secrets module.
import argparse
import secrets
import string

parser = argparse.ArgumentParser()
parser.add_argument("-n", "--count", type=int, default=5)
parser.add_argument("-l", "--length", type=int, default=20)
parser.add_argument("--words", type=int, help="make passphrases of this many words instead")
args = parser.parse_args()

alphabet = string.ascii_letters + string.digits + "!@#$%^&*-_"
wordlist = ["apple", "river", "stone", "cloud", "maple", "tiger", "piano", "lemon", "ocean", "frost"]

for _ in range(args.count):
    if args.words:
        print("-".join(secrets.choice(wordlist) for _ in range(args.words)))
    else:
        while True:
            pw = "".join(secrets.choice(alphabet) for _ in range(args.length))
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw):
                break
        print(pw)
