"""champion-server: the admin command line (docs/server.md lists every command).

Each subcommand is a module in ``server/commands/`` (see its ``__init__`` for the four names
one defines); this file finds them, builds the parser, opens and disposes the database engine
around the command, and turns expected failures into one plain line and exit code 1.
"""

import argparse
import importlib
import logging
import pkgutil
import sys
from types import ModuleType

from . import commands, config, logs
from .accounts import AccountError
from .db import make_db_engine
from .imports import ImportFailed
from .migrations import require_current

log = logging.getLogger(__name__)


def discover() -> dict[str, ModuleType]:
    """Every command module by its NAME, in name order."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(commands.__path__, commands.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "NAME") and hasattr(module, "run"):
            if module.NAME in found:
                raise RuntimeError(f"champion-server {module.NAME} is defined twice")
            found[module.NAME] = module
    return dict(sorted(found.items()))


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None, help=f"SQLAlchemy URL or SQLite file path "
                        f"(default ${config.ENV_DB} or the platform data folder)")
    blobs = argparse.ArgumentParser(add_help=False)
    blobs.add_argument("--blob-dir", default=None, help=f"folder for photos (default "
                       f"${config.ENV_BLOB_DIR} or the platform data folder)")
    p = argparse.ArgumentParser(prog="champion-server", description="Estate Champion's sync server.")
    sub = p.add_subparsers(dest="command", required=True)
    for name, module in discover().items():
        parents = ([common] if module.DB else []) + ([blobs] if getattr(module, "BLOBS", False)
                                                     else [])
        child = sub.add_parser(name, parents=parents, help=module.HELP, description=module.HELP)
        if hasattr(module, "add_arguments"):
            module.add_arguments(child)
        child.set_defaults(module=module)
    return p


build_parser = _parser  # the name tests/test_docs.py looks for


def run(args) -> int:
    module = args.module
    if module.DB is None:
        return int(module.run(args, None) or 0)
    engine = make_db_engine(args.db or config.default_db())
    try:
        if module.DB == "current":
            require_current(engine)
        return int(module.run(args, engine) or 0)
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.configure(logging.WARNING, "%(levelname)s %(name)s: %(message)s")
    try:
        return run(args)
    except (AccountError, ImportFailed, RuntimeError, ValueError, OSError) as exc:
        if isinstance(exc, ImportFailed):
            print(f"Nothing was imported; fix these rows and run it again:\n{exc}",
                  file=sys.stderr)
        else:
            print(f"champion-server: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
