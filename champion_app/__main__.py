"""``python -m champion_app``: the same as the ``champion-app`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
