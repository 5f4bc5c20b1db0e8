"""The ``champion-app`` command.

With no subcommand it starts the GUI. Subcommands are discovered, not listed here: every
module in one of `COMMAND_PACKAGES` that defines the four names below becomes one, so adding
a command is adding a file (``champion_app/commands/info.py`` is the example)::

    NAME = "status"                       # the word typed after champion-app
    HELP = "Show what is waiting to sync." # one line for --help
    def add_arguments(parser): ...        # optional: the command's own options
    def run(args) -> int: ...             # the exit code

A command module imports heavy things inside ``run``, so ``champion-app --help`` stays fast.
This module is the machinery only: it names no layer above the kernel. The program on top
(``ui/cli.py``, the ``champion-app`` console script) passes the command packages it adds
(``sync.commands``) and the function that opens the window.

Every `ChampionError` (a damaged or locked database, an unusable folder) ends here: its plain
message goes to stderr, the details to the log, and the exit code is 2. Nobody sees a
traceback; the log file has it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths
from .errors import ChampionError
from .log import open_log_file, parse_level, setup_logging

if TYPE_CHECKING:
    from .vault import SecretStore

log = logging.getLogger(__name__)

PROG = "champion-app"
ENV_LOG_LEVEL = "CHAMPION_LOG_LEVEL"
EXIT_OK, EXIT_FAILED, EXIT_CHAMPION_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

# The kernel's own subcommands; the program on top adds its packages (see ui/cli.py).
COMMAND_PACKAGES: tuple[str, ...] = ("champion_app.commands",)
Gui = Callable[[argparse.Namespace], int]
Secrets = Callable[[], "SecretStore | None"]


@dataclass(frozen=True)
class Subcommand:
    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
    module: str = ""


def discover_subcommands(packages: Sequence[str] = COMMAND_PACKAGES) -> dict[str, Subcommand]:
    """Every subcommand defined by a module in ``packages``, by name, in name order."""
    import pkgutil  # only when the whole parser is built: never for a plain window start

    found: dict[str, Subcommand] = {}
    for package_name in packages:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError as exc:
            # Only "this package does not exist (yet)" is skipped; a broken import inside it
            # must surface, or a command would silently vanish from --help.
            if exc.name and package_name.startswith(exc.name):
                continue
            raise
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            if not (hasattr(module, "NAME") and hasattr(module, "run")):
                continue
            if module.NAME in found:
                raise RuntimeError(
                    f"Subcommand {module.NAME!r} is defined twice: in "
                    f"{found[module.NAME].module} and {info.name}."
                )
            found[module.NAME] = Subcommand(
                name=module.NAME,
                help=getattr(module, "HELP", ""),
                run=module.run,
                add_arguments=getattr(module, "add_arguments", None),
                module=info.name,
            )
    return dict(sorted(found.items()))


def _level(text: str) -> str:
    try:
        parse_level(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.upper()


def build_parser(subcommands: dict[str, Subcommand] | None = None) -> argparse.ArgumentParser:
    """The whole parser, subcommands included (tests/test_docs.py reads it)."""
    if subcommands is None:
        subcommands = discover_subcommands()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Estate Champion: log residents' feedback offline and sync it. "
        "With no command, opens the app window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    if subcommands:
        sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
        for command in subcommands.values():
            child = sub.add_parser(command.name, help=command.help, description=command.help)
            if command.add_arguments is not None:
                command.add_arguments(child)
            child.set_defaults(handler=command.run)
    return parser


class _NotPlain(Exception):
    """The command line is more than the global options: the whole parser reads it."""


class _GlobalOptionsParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _NotPlain(message)


def _plain_start(argv: Sequence[str] | None,
                 extra_options: Callable[[argparse.ArgumentParser], None] | None
                 ) -> argparse.Namespace | None:
    """The arguments of a start with global options only (the window, every day), read
    without importing every command's module; None for anything else (a command, --help,
    --version, an abbreviation, a mistake), which the whole parser then reads and answers
    exactly as it always did."""
    parser = _GlobalOptionsParser(prog=PROG, add_help=False, allow_abbrev=False)
    _add_global_options(parser)
    if extra_options is not None:
        extra_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotPlain:
        return None
    return None if rest else args


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the database, photos and logs (default: ${paths.ENV_DATA_DIR}, "
        "else your user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a separate demo folder with a sample patch; your real data is not touched",
    )
    parser.add_argument(
        "--role",
        choices=sorted(paths.DEMO_FOLDERS),
        default="champion",
        help="with --demo: start the demo as a champion (default) or as a coordinator, "
        "reviewing the demo champions' records; each has its own demo folder",
    )
    parser.add_argument(
        "--log-level",
        type=_level,
        default=os.environ.get(ENV_LOG_LEVEL, "INFO"),
        metavar="LEVEL",
        help=f"DEBUG, INFO, WARNING or ERROR (default: ${ENV_LOG_LEVEL}, else INFO)",
    )
    parser.set_defaults(command=None, handler=None)


def _no_gui(args: argparse.Namespace) -> int:
    print("The app window is started by the champion-app command (it needs the app extra: "
          "pip install 'estate-champion[app]'). Commands here: see --help.", file=sys.stderr)
    return EXIT_CHAMPION_ERROR


def _resolve_folders(args: argparse.Namespace) -> Path:
    """Adds resolved folders to ``args`` for commands and the GUI; returns the log folder.

    ``args.data_dir`` stays as typed; ``args.data_path``, ``args.db_path`` and
    ``args.attachments_path`` are the folders actually used (demo-aware).
    """
    role = getattr(args, "role", "champion")
    args.data_path = paths.data_dir(args.data_dir, demo=args.demo, role=role)
    args.db_path = paths.db_path(args.data_dir, demo=args.demo, role=role)
    args.attachments_path = paths.attachments_dir(args.data_dir, demo=args.demo, role=role)
    args.log_path = paths.log_dir(args.data_dir, demo=args.demo, role=role)
    return args.log_path


def install_unlocker(args: argparse.Namespace, secrets: Secrets | None) -> None:
    """How this process gets the keys of its data folder (champion_app.vault): the keyring
    ``secrets`` gives, else a passphrase from the terminal. A process that already chose one
    (the tests, the window) keeps its own."""
    from .vault import unlock
    from .vault.prompt import terminal_unlocker

    if unlock.default() is None:
        unlock.set_default(terminal_unlocker(secrets, demo=args.demo))


def main(argv: Sequence[str] | None = None, *,
         packages: Sequence[str] = COMMAND_PACKAGES, gui: Gui | None = None,
         extra_options: Callable[[argparse.ArgumentParser], None] | None = None,
         secrets: Secrets | None = None) -> int:
    """Parse, set up logging, run one subcommand (or ``gui``); returns the exit code.

    ``python -m champion_app`` runs the kernel's commands only, and has no keyring (a data
    folder without one uses a passphrase); ``champion-app`` (ui/cli.py) calls this with the
    sync commands, the window, the window's options and the system keyring added.
    """
    def full_parser() -> argparse.ArgumentParser:
        parser = build_parser(discover_subcommands(packages))
        if extra_options is not None:
            extra_options(parser)
        return parser

    args = _plain_start(argv, extra_options)
    if args is None:
        args = full_parser().parse_args(argv)
    if args.role != "champion" and not args.demo:
        full_parser().error("--role works only with --demo: outside the demo, your role "
                            "comes from your account on your landlord's server")
    log_file: Path | None = None
    try:
        # The window opens the log file after its first paint (ui/app.py); until then, and
        # for anything that ends before it does, the records wait in memory.
        log_file = setup_logging(_resolve_folders(args), args.log_level,
                                 open_later=args.handler is None and gui is not None)
        if args.handler is not None:  # the window chooses its own (ui/app.py, secure)
            install_unlocker(args, secrets)
        log.info("champion-app %s: %s", __version__, args.command or "gui")
        handler = args.handler or gui or _no_gui
        return int(handler(args) or 0)
    except ChampionError as exc:
        if log_file is not None:  # without our handler, logging would print a traceback
            log.error("%s", exc, exc_info=True)
        print(exc.user_message, file=sys.stderr)
        return EXIT_CHAMPION_ERROR
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        # A bug, not a situation we foresaw: the person gets words and where to find the
        # details; the traceback goes to the log for whoever fixes it.
        if log_file is None:
            traceback.print_exc()  # no log file to keep it in, so it must not be lost
        else:
            log.exception("Unexpected error in champion-app")
        where = f" The details are in {log_file}." if log_file else ""
        print(
            "Something went wrong that Estate Champion did not expect, and it stopped."
            f"{where} Your saved records are not affected.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        open_log_file()  # a window that ended before opening it: what it logged, written
