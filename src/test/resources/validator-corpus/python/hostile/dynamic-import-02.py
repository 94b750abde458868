# dynamic-import: importlib imports whatever module the config file names
import importlib
import json

cfg = json.load(open("tool.json"))
runner = importlib.import_module(cfg["backend"])
getattr(runner, cfg["entry"])(cfg["args"])
