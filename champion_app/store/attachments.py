"""Photos: shrunk to a long side of 1600 px as JPEG, encrypted, stored under attachments/.

A photo is named by the SHA-256 of its plaintext JPEG (what the server's content addressing
and the sync protocol use) and kept as ``{sha}.photo``: AES-256-GCM under the folder's photo
key (`champion_app.vault.keys.encrypt_photo`), written 0600. `read_photo` gives the JPEG back,
for the window's thumbnails and for uploading.
"""

import hashlib
import io
import logging
from pathlib import Path

from champion_app.durable import write_durably
from champion_app.errors import ChampionError
from champion_app.paths import make_private
from champion_app.vault.keys import Keys, decrypt_photo, encrypt_photo

from .base import StoreBase
from .encrypt import PHOTO_SUFFIX, encrypt_plain_photos
from .records import now_iso

log = logging.getLogger(__name__)

MAX_SIDE = 1600
JPEG_QUALITY = 85


def shrink_photo(data: bytes) -> bytes:
    """The photo as a JPEG no longer than MAX_SIDE on its long side, turned upright."""
    # Pillow is the app's (extra `app`): the kernel, and so the server, import without it.
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as opened:
        upright = ImageOps.exif_transpose(opened)
        image = upright.convert("RGB")  # drops alpha and EXIF (which may hold GPS)
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return out.getvalue()


class Attachments(StoreBase):
    """Mixin for Store."""

    keys: Keys

    def add_photo(self, path: Path) -> dict:
        path = Path(path)
        try:
            data = shrink_photo(path.read_bytes())
        except OSError as exc:  # PIL.UnidentifiedImageError is one
            raise ChampionError(f"{path.name} is not a photo the app can read. Choose a JPEG "
                                "or PNG picture.", detail=repr(exc)) from exc
        sha = hashlib.sha256(data).hexdigest()
        target = self.attachment_path(sha)
        if not target.exists():
            make_private(self.attachments_dir)
            # Whole or absent after a crash (written aside, fsynced, renamed, folder fsynced),
            # and on disk before a record can cite it.
            write_durably(target, encrypt_photo(self.keys, sha, data))
        with self.write():
            self.db["attachments"].upsert({"sha256": sha, "file_name": target.name,
                                           "bytes": len(data), "mime": "image/jpeg",
                                           "created_at": now_iso()}, pk="sha256")
        return {"sha256": sha, "bytes": len(data), "mime": "image/jpeg"}

    def keep_photo(self, sha256: str, data: bytes, mime: str = "image/jpeg") -> Path:
        """A photo fetched from the server (already shrunk by whoever took it), kept under
        its SHA-256; refused when the bytes are not that photo."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ChampionError("A photo from the server did not match its fingerprint, so "
                                "it was not kept. Try again later.")
        target = self.attachment_path(sha256)
        if not target.exists():
            make_private(self.attachments_dir)
            write_durably(target, encrypt_photo(self.keys, sha256, data))
        with self.write():  # the server has it: never uploaded again
            self.db["attachments"].upsert({"sha256": sha256, "file_name": target.name,
                                           "bytes": len(data), "mime": mime, "uploaded": 1,
                                           "created_at": now_iso()}, pk="sha256")
        return target

    def attachment_path(self, sha256: str) -> Path:
        """Where the photo's encrypted file is (read it with `read_photo`)."""
        return self.attachments_dir / f"{sha256}{PHOTO_SUFFIX}"

    def read_photo(self, sha256: str) -> bytes:
        """The photo's JPEG bytes. OSError when the file is missing; ChampionError when it is
        damaged (it no longer decrypts to the photo of that name)."""
        blob = self.attachment_path(sha256).read_bytes()
        try:
            return decrypt_photo(self.keys, sha256, blob)
        except ValueError as exc:
            raise ChampionError(f"The photo file {self.attachment_path(sha256)} is damaged and "
                                "cannot be shown.", detail=str(exc)) from exc

    def encrypt_old_photos(self) -> None:
        """Photos stored in plaintext before encryption (``{sha}.jpg``): encrypted in place,
        and their rows pointed at the new files; and encrypted files whose row is gone (an
        erasure cut short) deleted. Cheap: one listing of the folder."""
        if not self.attachments_dir.is_dir():
            return
        self._sweep_orphan_photos()
        done = encrypt_plain_photos(self.attachments_dir, self.keys)
        if done:
            with self.write():
                for sha in done:
                    self.db.execute("UPDATE attachments SET file_name = ? WHERE sha256 = ?",
                                    [f"{sha}{PHOTO_SUFFIX}", sha])

    def delete_photos_not_cited(self, shas: set[str]) -> int:
        """Of ``shas``, delete the photos no version, draft or queued mutation still cites
        (after an erasure or a wipe of records); returns how many files went. The rows go
        first, in one transaction; a file left by a crash after it is swept at the next open
        (`encrypt_old_photos`)."""
        gone_rows = []
        with self.write():
            for sha in sorted(shas):
                cited = self.db.execute(
                    "SELECT 1 FROM record_versions WHERE instr(body, ?) > 0 UNION ALL "
                    "SELECT 1 FROM records WHERE draft IS NOT NULL AND instr(draft, ?) > 0 "
                    "UNION ALL SELECT 1 FROM outbox WHERE instr(body, ?) > 0 LIMIT 1",
                    [sha, sha, sha]).fetchone()
                if not cited:
                    self.db.execute("DELETE FROM attachments WHERE sha256 = ?", [sha])
                    gone_rows.append(sha)
        gone = 0
        for sha in gone_rows:
            for path in (self.attachment_path(sha), self.attachments_dir / f"{sha}.jpg"):
                if path.exists():
                    path.unlink()
                    gone += 1
        if gone:
            log.info("%d photo file(s) no longer cited were deleted", gone)
        return gone

    def _sweep_orphan_photos(self) -> None:
        """Photo files with no row (a crash between deleting the row and the file)."""
        known = {row[0] for row in self.db.execute("SELECT sha256 FROM attachments")}
        for path in self.attachments_dir.glob(f"*{PHOTO_SUFFIX}"):
            if path.stem not in known:
                path.unlink(missing_ok=True)
