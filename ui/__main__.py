"""``python -m ui``: the same as the ``champion-app`` command, from a checkout."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
