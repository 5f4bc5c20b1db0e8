"""The ``champion-app`` command: the kernel's CLI with the sync commands and the window added.

This is the top of the program, so it is the one place that names every layer: subcommands
come from ``champion_app.commands`` and ``sync.commands``; with no subcommand the window
opens. Qt is imported only then, so ``champion-app sync`` starts fast and headless; and
before it is, `ui.syscheck` makes sure the system libraries Qt's window needs are there,
so a fresh machine gets the command that installs them instead of Qt's plugin error.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from champion_app import cli

COMMAND_PACKAGES = (*cli.COMMAND_PACKAGES, "sync.commands")
LANGUAGE_CODES = ("system", "en", "cy")  # ui.i18n.LANGUAGES, without importing Qt here


def run_gui(args: argparse.Namespace) -> int:
    # No garbage collection until the window's first paint (ui/app.py turns it back on):
    # PySide6's set-up allocates enough to trigger a few collections, each a few ms of a
    # start that frees nothing.
    gc.disable()
    from ui import syscheck

    missing = syscheck.missing_packages()
    if missing:
        print(syscheck.advice(missing), file=sys.stderr)
        return cli.EXIT_CHAMPION_ERROR
    from ui.app import run_gui as run

    return run(args)


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """Options for the window only (they do nothing for a subcommand)."""
    parser.add_argument(
        "--language", choices=LANGUAGE_CODES, default=None,
        help="the app's language for this run: en (English), cy (Cymraeg) or system "
             "(default: the choice in Edit > Settings, else the system's language)")
    parser.add_argument(
        "--layout-direction", choices=("ltr", "rtl"), default=None,
        help="lay the window out left-to-right or right-to-left whatever the language "
             "(a check of right-to-left layouts)")


def build_parser() -> argparse.ArgumentParser:
    """The whole parser of ``champion-app`` (tests/test_docs.py reads it)."""
    parser = cli.build_parser(cli.discover_subcommands(COMMAND_PACKAGES))
    add_window_options(parser)
    return parser


def keyring_secrets():
    """The system keyring for the data key (None where there is none: the passphrase path)."""
    from sync.credentials import keyring_secrets as find

    return find()


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, packages=COMMAND_PACKAGES, gui=run_gui,
                    extra_options=add_window_options, secrets=keyring_secrets)


if __name__ == "__main__":
    sys.exit(main())
