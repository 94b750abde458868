# dynamic-attribute: the module's __dict__ is indexed with a reversed string
import subprocess

subprocess.__dict__["nepoP"[::-1]](["sh", "-c", "id"])
