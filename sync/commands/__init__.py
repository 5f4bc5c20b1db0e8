"""champion-app subcommands for sync: connect, sync, status, disconnect (found by cli.py)."""
