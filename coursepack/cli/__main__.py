"""``python3 -m coursepack.cli [command] [options]``: as ``build.py``."""

import os
import signal
import sys

if __name__ == "__main__":   # pragma: no cover
    # Ctrl-C while starting up (the options read): exit 130 quietly
    signal.signal(signal.SIGINT, lambda *_: (os.write(2, b"interrupted\n"), os._exit(130)))
    from . import main
    _code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_code)      # as build.py: no teardown of the heap (Ctrl-C ends at once)
