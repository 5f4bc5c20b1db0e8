"""Photos: shrunk to a long side of 1600 px as JPEG, stored under attachments/ by SHA-256."""

import hashlib
import io
from pathlib import Path

from champion_app.durable import write_durably
from champion_app.errors import ChampionError

from .base import StoreBase
from .records import now_iso

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

    def add_photo(self, path: Path) -> dict:
        path = Path(path)
        try:
            data = shrink_photo(path.read_bytes())
        except OSError as exc:  # PIL.UnidentifiedImageError is one
            raise ChampionError(f"{path.name} is not a photo the app can read. Choose a JPEG "
                                "or PNG picture.", detail=repr(exc)) from exc
        sha = hashlib.sha256(data).hexdigest()
        target = self.attachments_dir / f"{sha}.jpg"
        if not target.exists():
            self.attachments_dir.mkdir(parents=True, exist_ok=True)
            # Whole or absent after a crash, and on disk before a record can cite it.
            write_durably(target, data)
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
            self.attachments_dir.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(target)
        with self.write():  # the server has it: never uploaded again
            self.db["attachments"].upsert({"sha256": sha256, "file_name": target.name,
                                           "bytes": len(data), "mime": mime, "uploaded": 1,
                                           "created_at": now_iso()}, pk="sha256")
        return target

    def attachment_path(self, sha256: str) -> Path:
        return self.attachments_dir / f"{sha256}.jpg"
