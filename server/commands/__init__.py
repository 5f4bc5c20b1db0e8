"""champion-server's subcommands, one module each (found by server/cli.py).

A module defines::

    NAME = "set-patch"                     # the word typed after champion-server
    HELP = "replace a champion's patch"     # one line for --help
    DB = "current"                          # "current": opens --db, refuses an old schema;
                                            # "any": opens --db as it is; None: no database
    BLOBS = False                           # True: takes --blob-dir as well
    def add_arguments(parser): ...          # optional: the command's own options
    def run(args, engine) -> int | None: ...  # engine is None when DB is None

The engine is opened and disposed by the CLI, so a command never leaks a connection.
"""
