"""Asking for the passphrase on a terminal (the headless commands); the window has its own.

``CHAMPION_PASSPHRASE`` gives it instead, for unattended use (a scheduled ``champion-app
sync`` on a computer without a keyring). It is as safe as the account it runs under: anyone
who can read that user's environment can read their files too.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .unlock import Unlocker
from .vault import SecretStore, VaultError
from .wrap import MIN_PASSPHRASE

ENV_PASSPHRASE = "CHAMPION_PASSPHRASE"
NEW_PASSPHRASE_HELP = (
    "There is no system keyring on this computer, so Estate Champion protects the data in "
    "{folder} with a passphrase you choose now. You will type it each time the app opens. "
    "Keep it safe: without it this laptop's data cannot be opened (anything already sent is "
    "safe on your landlord's server).")


def ask_on_terminal(data_dir: Path, new: bool) -> str:
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise VaultError(
            "The data in this folder is protected by a passphrase (there is no system keyring), "
            "and there is no terminal to type it in. Run the command in a terminal, or set "
            f"{ENV_PASSPHRASE} for unattended use. Nothing has been changed.")
    if not new:
        return getpass.getpass("Passphrase: ")
    print(NEW_PASSPHRASE_HELP.format(folder=data_dir), file=sys.stderr)
    while True:
        first = getpass.getpass(f"Choose a passphrase (at least {MIN_PASSPHRASE} characters): ")
        if len(first) < MIN_PASSPHRASE:
            print(f"That is shorter than {MIN_PASSPHRASE} characters.", file=sys.stderr)
            continue
        if getpass.getpass("Type it again: ") == first:
            return first
        print("The two did not match; try again.", file=sys.stderr)


def terminal_unlocker(secrets: Callable[[], SecretStore | None] | None, *,
                      demo: bool = False) -> Unlocker:
    """The headless commands' unlocker: the keyring when there is one, else a passphrase
    from the terminal (three tries) or from CHAMPION_PASSPHRASE (one)."""
    tries = 1 if os.environ.get(ENV_PASSPHRASE) else 3
    return Unlocker(secrets, ask_on_terminal, demo=demo, tries=tries)
