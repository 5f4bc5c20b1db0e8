"""The local reference data (estates, blocks, homes, jobs, operatives, settings) for pickers.

Loaded once on the DB worker and handed to the main thread as plain data; reloaded when a
write reports ``Changes.reference``. Forms never query the store themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the window's frame holds an empty RefData before the store is imported
    from champion_app.store import Store

WORKLIST_DAYS = 30


@dataclass
class RefData:
    estates: list[dict] = field(default_factory=list)
    blocks: list[dict] = field(default_factory=list)
    homes: list[dict] = field(default_factory=list)
    jobs: list[dict] = field(default_factory=list)  # the recent worklist, newest first
    operatives: list[dict] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store) -> RefData:
        """Runs on the DB worker."""
        return cls(estates=store.estates(), blocks=store.blocks(), homes=store.homes(),
                   jobs=store.worklist(days=WORKLIST_DAYS), operatives=store.operatives(),
                   settings=store.settings())

    # -- lookups used by forms and pages -------------------------------------------------
    @property
    def landlord(self) -> str:
        return self.settings.get("landlord_name") or QCoreApplication.translate(
            "RefData", "your landlord")

    @property
    def emergency_phone(self) -> str:
        return self.settings.get("emergency_repairs_phone") or QCoreApplication.translate(
            "RefData", "the emergency repairs line")

    @property
    def complaints_phone(self) -> str:
        return self.settings.get("complaints_phone") or QCoreApplication.translate(
            "RefData", "the complaints line")

    def estate_name(self, estate_id: str | None) -> str:
        return next((e["name"] for e in self.estates if e["id"] == estate_id), "")

    def block(self, block_id: str | None) -> dict | None:
        return next((b for b in self.blocks if b["id"] == block_id), None)

    def home(self, home_id: str | None) -> dict | None:
        return next((h for h in self.homes if h["id"] == home_id), None)

    def job(self, ref: str | None) -> dict | None:
        return next((j for j in self.jobs if j["ref"] == ref), None)

    def operative_name(self, operative_id: str | None) -> str:
        return next((o["display_name"] for o in self.operatives if o["id"] == operative_id),
                    operative_id or "")

    def blocks_of(self, estate_id: str | None) -> list[dict]:
        return [b for b in self.blocks if not estate_id or b["estate_id"] == estate_id]

    def homes_of(self, estate_id: str | None, block_id: str | None) -> list[dict]:
        return [h for h in self.homes
                if (not estate_id or h.get("estate_id") == estate_id)
                and (not block_id or h.get("block_id") == block_id)]

    def jobs_of(self, estate_id: str | None) -> list[dict]:
        return [j for j in self.jobs if not estate_id or j.get("estate_id") == estate_id]
