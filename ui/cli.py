"""The ``champion-app`` command: the kernel's CLI with the sync commands and the window added.

This is the top of the program, so it is the one place that names every layer: subcommands
come from ``champion_app.commands`` and ``sync.commands``; with no subcommand the window
opens. Qt is imported only then, so ``champion-app sync`` starts fast and headless.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from champion_app import cli

COMMAND_PACKAGES = (*cli.COMMAND_PACKAGES, "sync.commands")


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui as run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    """The whole parser of ``champion-app`` (tests/test_docs.py reads it)."""
    return cli.build_parser(cli.discover_subcommands(COMMAND_PACKAGES))


def keyring_secrets():
    """The system keyring for the data key (None where there is none: the passphrase path)."""
    from sync.credentials import keyring_secrets as find

    return find()


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, packages=COMMAND_PACKAGES, gui=run_gui, secrets=keyring_secrets)


if __name__ == "__main__":
    sys.exit(main())
