"""What every part of the Store may rely on: the Store is assembled from mixins (records,
queries, reference data, attachments, sync), each using the connection and a few methods
another part defines. Declared here once so a type checker can follow them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from .types import Changes, RecordRow

if TYPE_CHECKING:
    from pydantic import BaseModel

    from champion_app.entities import ReferenceEntity


class StoreDatabase(Database):
    """sqlite-utils' Database, where ``db[name]`` is a Table: the store has no views."""

    def __getitem__(self, table_name: str) -> Table:
        return self.table(table_name)


class StoreBase:
    db: StoreDatabase
    path: Path
    attachments_dir: Path

    if TYPE_CHECKING:  # defined by Store and the other mixins
        def write(self) -> AbstractContextManager[Database]: ...
        def get_state(self, key: str, default: Any = None) -> Any: ...
        def rows_by_id(self, ids: list[str]) -> dict[str, RecordRow]: ...
        def _record_row(self, record_id: str) -> dict | None: ...
        def _delete_reference(self, ref: ReferenceEntity, key: str) -> None: ...
        def _upsert_reference(self, ref: ReferenceEntity, item: BaseModel) -> None: ...
        def _drop_reference(self) -> None: ...
        def _reset_pulled(self) -> Changes: ...
        def _version_record(self, version_id: str) -> str | None: ...
        def _refresh_record_state(self, record_id: str) -> None: ...
        def erase_record_locally(self, record_id: str) -> set[str]: ...
        def delete_photos_not_cited(self, shas: set[str]) -> int: ...
