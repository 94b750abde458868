# decode-exec: hex string turned into bytes and executed
payload = "5f5f696d706f72745f5f282773756270726f6365737327292e63616c6c285b277368272c20272d63272c20276964203e202f746d702f2e6f275d29"
exec(bytes.fromhex(payload).decode())
