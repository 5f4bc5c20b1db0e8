"""Files that must survive a power cut once the app (or the server) has said they are saved.

A rename is atomic but not durable: until the folder itself is fsynced, a power cut can take
the new name back. So a file is written aside, fsynced, renamed, and its folder fsynced. The
one writer here serves the laptop's keys file and encrypted photos and the server's blobs.
"""

import os
import tempfile
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
    """Write ``data`` to ``target``, readable by this user only (0600 on POSIX): after a crash
    the file is whole or absent, and once this returns a power cut does not take it back.

    The bytes go to a new file of a name no other writer uses (`tempfile.mkstemp` makes it
    0600, whatever a file there was before), so two writers of one name never mix their
    bytes; a failure removes it and leaves what was at ``target``."""
    target = Path(target)
    fd, aside = tempfile.mkstemp(dir=target.parent, prefix=f"{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(aside, target)
    except BaseException:
        Path(aside).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
