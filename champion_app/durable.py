"""Files that must survive a power cut once the app has said they are saved.

A rename is atomic but not durable: until the folder itself is fsynced, a power cut can take
the new name back. So a file is written aside, fsynced, renamed, and its folder fsynced.
"""

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be
    opened, as on Windows, whose NTFS journals renames itself)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that after a crash it is either whole or absent."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, target)
    fsync_dir(target.parent)
