# dynamic-import: importlib.__import__ with a decoded module name
import base64
import importlib

m = importlib.__import__(base64.b64decode("c3VicHJvY2Vzcw==").decode())
m.run(["bash", "-c", "id"])
