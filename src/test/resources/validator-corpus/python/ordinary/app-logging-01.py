# Sets up console and rotating-file logging for a small batch job and processes input lines.
import logging
import sys
from logging.handlers import RotatingFileHandler

log = logging.getLogger("batch")
log.setLevel(logging.DEBUG)
console = logging.StreamHandler(sys.stderr)
console.setLevel(logging.INFO)
file_handler = RotatingFileHandler("batch.log", maxBytes=1_000_000, backupCount=3)
fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
for h in (console, file_handler):
    h.setFormatter(fmt)
    log.addHandler(h)

ok = failed = 0
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "input.txt"), 1):
    try:
        value = int(line)
        log.debug("line %d: %d squared is %d", n, value, value * value)
        ok += 1
    except ValueError:
        log.warning("line %d is not a number: %r", n, line.strip())
        failed += 1
log.info("done: %d ok, %d failed", ok, failed)
