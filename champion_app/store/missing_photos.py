"""A queued record citing a photo that is no longer on this laptop (a folder restored from
an older backup, a file removed by hand, a power cut before the photo reached the disk).

The server cannot take the record without the photo, so it stays queued and says so (the
sync engine notes the problem); the person can find the photo (`restore_photo`) or send the
record without it (`remove_missing_photos`). Nothing here ever drops a record.
"""

import hashlib
import json
import logging
from pathlib import Path

from champion_app.clock import now_iso
from champion_app.durable import write_durably
from champion_app.errors import ChampionError
from champion_app.paths import make_private
from champion_app.protocol import RECORD_VERSION
from champion_app.records import new_id, validate_version
from champion_app.vault.keys import decrypt_photo, encrypt_photo

from .base import StoreBase
from .records import insert_row
from .types import Changes

logger = logging.getLogger(__name__)

PHOTO_MISSING = ("A photo in this record is missing from this laptop, so the record cannot "
                 "be sent yet. Open it in My log to find the photo, or send the record "
                 "without it.")


class MissingPhotos(StoreBase):
    """Mixin for Store."""

    def _queued_versions(self, record_id: str) -> list[dict]:
        return list(self.db.query(
            "SELECT v.version_id, v.base_version_id, v.body, v.mutation_id, v.rowid "
            "FROM record_versions v WHERE v.record_id = ? AND v.status = 'queued' "
            "ORDER BY v.rowid", [record_id]))

    def _photo_on_disk(self, sha256: str) -> bool:
        row = self.db.execute("SELECT file_name FROM attachments WHERE sha256 = ?",
                              [sha256]).fetchone()
        return (self.attachments_dir / row[0] if row else self.attachment_path(sha256)).is_file()

    def missing_photos(self, record_id: str) -> list[str]:
        """SHA-256 of each photo the record's unsent versions cite that is not on disk."""
        shas: list[str] = []
        for version in self._queued_versions(record_id):
            for att in json.loads(version["body"]).get("attachments") or []:
                if att["sha256"] not in shas and not self._photo_on_disk(att["sha256"]):
                    shas.append(att["sha256"])
        return shas

    def restore_photo(self, sha256: str, path: Path) -> Changes:
        """Put a missing photo back from a file the person found: the file itself (as this
        laptop stored it, encrypted, or from before encryption), or the original picture it
        was made smaller from. Anything else is refused, in words."""
        from .attachments import shrink_photo

        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ChampionError(f"{path.name} cannot be read.", detail=repr(exc)) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            try:  # this laptop's own encrypted file, e.g. from a backup of its folder
                data = decrypt_photo(self.keys, sha256, data)
            except ValueError:
                try:
                    data = shrink_photo(data)
                except OSError:
                    data = b""
            if hashlib.sha256(data).hexdigest() != sha256:
                raise ChampionError(f"{path.name} is not the missing photo: it is a different "
                                    "picture. Choose the same photo that was added to the "
                                    "record, or send the record without it.")
        target = self.attachment_path(sha256)
        make_private(self.attachments_dir)
        write_durably(target, encrypt_photo(self.keys, sha256, data))  # durable, 0600
        with self.write():
            self.db["attachments"].upsert({"sha256": sha256, "file_name": target.name,
                                           "bytes": len(data), "mime": "image/jpeg",
                                           "uploaded": 0, "created_at": now_iso()},
                                          pk="sha256")
        waiting = [r[0] for r in self.db.execute(
            "SELECT mutation_id FROM outbox WHERE problem IS NOT NULL AND type = ?",
            [RECORD_VERSION])]
        logger.info("missing photo %s found again", sha256)
        return self.note_problem(waiting, None)  # the next sync notes any still missing

    def remove_missing_photos(self, record_id: str) -> Changes:
        """Send the record without the photos missing from this laptop.

        Its unsent versions are replaced (new ids, same base), never sent twice: the server
        answered `needs_blobs` for them, so it stored none. A later queued version based on
        a replaced one is rebuilt on the replacement."""
        missing = set(self.missing_photos(record_id))
        if not missing:
            return Changes()
        renamed: dict[str, str] = {}
        with self.write():
            for version in self._queued_versions(record_id):
                body = json.loads(version["body"])
                kept = [a for a in body.get("attachments") or [] if a["sha256"] not in missing]
                base = renamed.get(body.get("base_version_id"), body.get("base_version_id"))
                if len(kept) == len(body.get("attachments") or []) and \
                        base == body.get("base_version_id"):
                    continue
                fresh = validate_version({**body, "version_id": new_id(),
                                          "base_version_id": base, "attachments": kept})
                data = fresh.model_dump(mode="json")
                renamed[version["version_id"]] = fresh.version_id
                self.db.execute("DELETE FROM outbox WHERE mutation_id = ?",
                                [version["mutation_id"]])
                self.db.execute("DELETE FROM record_versions WHERE version_id = ?",
                                [version["version_id"]])
                mutation_id = new_id()
                insert_row(self.db, "record_versions", {
                    "version_id": fresh.version_id, "record_id": record_id,
                    "base_version_id": base, "body": json.dumps(data), "status": "queued",
                    "submitted_at": data["submitted_at"], "mutation_id": mutation_id})
                body_text = json.dumps(data, separators=(",", ":"))
                insert_row(self.db, "outbox", {
                    "mutation_id": mutation_id, "type": RECORD_VERSION,
                    "entity_id": fresh.version_id, "body": body_text,
                    "bytes": len(body_text.encode()), "created_at": now_iso()})
            current = self._record_row(record_id)
            if current and current["current_version_id"] in renamed:
                self.db.execute("UPDATE records SET current_version_id = ? WHERE record_id = ?",
                                [renamed[current["current_version_id"]], record_id])
            self._refresh_record_state(record_id)
        logger.info("record %s: %d missing photo(s) removed before sending", record_id,
                    len(missing))
        return Changes(record_ids=frozenset({record_id}), outbox=True)
