"""Entry point of the frozen champion-app (the PyInstaller build; see docs/dist.md).

A frozen app has no Python to run ``python -m server.cli``: ``sys.executable`` is the app
itself. Demo mode (sync/demo.py) starts its server as ``[sys.executable, "-m",
"server.cli", ...]``, so this entry answers that one command line the way Python would and
runs the server's CLI; anything else is champion-app's own command line. Only server.cli is
accepted after ``-m``: the app is not a general Python interpreter.
"""

import multiprocessing
import sys

SERVER_MODULE = "server.cli"


def main() -> int:
    # uvicorn's --workers > 1 spawns processes; a frozen child must run the worker, not the app.
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if argv[:2] == ["-m", SERVER_MODULE]:
        from server.cli import main as server_main

        sys.argv = [sys.argv[0], *argv[2:]]
        return server_main(argv[2:])
    from ui.cli import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
