"""Entry point of the PyInstaller bundle: the ``fmdesk`` command line (``fmdesk gui`` included).

``freeze_support`` lets the geometry worker processes (multiprocessing, spawn) start from the
frozen executable instead of re-running the command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from fmdesk.cli import main

    sys.exit(main())
