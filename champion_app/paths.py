"""Where the app keeps its data and logs.

Order of precedence for the data folder: the ``--data-dir`` option (passed in as
``override``), then the environment variable ``CHAMPION_DATA_DIR``, then platformdirs'
per-user data folder for "EstateChampion". Logs live in ``<data>/logs`` when the data folder
was overridden (so a test or a second profile never writes into the real log folder), and in
platformdirs' log folder otherwise. Demo mode uses ``<data>/demo``, a whole separate data
folder, so a demo never mixes sample records into a champion's real database; the
coordinator demo (``--demo --role coordinator``) uses ``<data>/demo-coordinator``.

Every helper creates the folder it returns.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from .errors import ConfigError

log = logging.getLogger(__name__)

APP_NAME = "EstateChampion"
ENV_DATA_DIR = "CHAMPION_DATA_DIR"
DB_FILENAME = "champion.db"

PathLike = str | os.PathLike[str]


def _ensure(folder: Path) -> Path:
    try:
        make_private(folder)  # residents' data and logs: this user only
    except OSError as exc:
        raise ConfigError(
            f"The folder {folder} cannot be created. Check that you may write there, or "
            "choose another folder with --data-dir.",
            detail=repr(exc),
        ) from exc
    return folder


def make_private(folder: Path) -> Path:
    """Create ``folder`` readable by this user only (0700 on POSIX; on Windows a profile's
    folders already are). A folder someone else owns is left as it is."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        if folder.stat().st_mode & stat.S_ISVTX:  # a shared folder such as /tmp: not ours
            log.warning("%s is a shared folder: choose a folder of your own for the data",
                        folder)
            return folder
        try:
            os.chmod(folder, 0o700)
        except OSError as exc:
            log.warning("could not make %s private: %s", folder, exc.strerror)
    return folder


def _override(override: PathLike | None) -> Path | None:
    """The data folder a person chose (option first, then environment), or None."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return None


# Each demo role has its own data folder, so a champion demo and a coordinator demo can run
# side by side; both sync with one demo server, whose database lives in the champion's.
DEMO_FOLDERS = {"champion": "demo", "coordinator": "demo-coordinator"}
DEMO_SERVER_FOLDER = "demo-server"


def _demo_folder(role: str) -> str:
    if role not in DEMO_FOLDERS:
        raise ConfigError(f"The demo can start as {' or '.join(DEMO_FOLDERS)}, not {role!r}.")
    return DEMO_FOLDERS[role]


def data_dir(override: PathLike | None = None, *, demo: bool = False,
             role: str = "champion") -> Path:
    """The folder holding champion.db and attachments/ (created if missing); the demo's
    ``role`` picks its folder (``<data>/demo``, ``<data>/demo-coordinator``)."""
    chosen = _override(override)
    if chosen is not None:
        base = chosen
    else:  # imported only here: a start with --data-dir (or the variable) never needs it
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_NAME, False))
    return _ensure(base / _demo_folder(role) if demo else base)


def demo_data_dir(override: PathLike | None = None, role: str = "champion") -> Path:
    """The demo's own data folder: ``<data>/demo`` (``<data>/demo-coordinator``)."""
    return data_dir(override, demo=True, role=role)


def demo_server_dir(override: PathLike | None = None) -> Path:
    """The one demo server's database and photos, whichever demo starts it:
    ``<data>/demo/demo-server``."""
    return _ensure(data_dir(override, demo=True) / DEMO_SERVER_FOLDER)


def log_dir(override: PathLike | None = None, *, demo: bool = False,
            role: str = "champion") -> Path:
    """The folder for the rotating log file (created if missing)."""
    chosen = _override(override)
    if chosen is not None:
        return _ensure(data_dir(chosen, demo=demo, role=role) / "logs")
    import platformdirs

    base = Path(platformdirs.user_log_dir(APP_NAME, False))
    return _ensure(base / _demo_folder(role) if demo else base)


def db_path(override: PathLike | None = None, *, demo: bool = False,
            role: str = "champion") -> Path:
    """The local SQLite database file (its folder is created; the file is not)."""
    return data_dir(override, demo=demo, role=role) / DB_FILENAME


def attachments_dir(override: PathLike | None = None, *, demo: bool = False,
                    role: str = "champion") -> Path:
    """Where photos are kept, each named by its SHA-256 (created if missing)."""
    return _ensure(data_dir(override, demo=demo, role=role) / "attachments")
