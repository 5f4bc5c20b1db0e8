"""champion-app subcommands: one module each (see champion_app/cli.py for the four names)."""
