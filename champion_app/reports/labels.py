"""Names for what reports group by: estates, contractors and operatives by id, codes by label."""

from __future__ import annotations

from dataclasses import dataclass, field

from champion_app.i18n import QT_TRANSLATE_NOOP, translate
from champion_app.records import KINDS
from champion_app.records.scales import Priority, WorkKind

NOT_RECORDED = QT_TRANSLATE_NOOP("reports", "Not recorded")


@dataclass
class Labels:
    estates: dict[str, str] = field(default_factory=dict)
    contractors: dict[str, str] = field(default_factory=dict)
    operatives: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, db) -> Labels:
        def names(sql: str) -> dict[str, str]:
            return {row[0]: row[1] for row in db.execute(sql).fetchall()}

        return cls(estates=names("SELECT id, name FROM estates"),
                   contractors=names("SELECT id, name FROM contractors"),
                   operatives=names("SELECT id, display_name FROM operatives"))

    def of(self, cut: str | None, key: str | None) -> str:
        """What people call the group ``key`` of ``cut``."""
        if cut is None:
            return translate("reports", "All records")
        if key is None or key == "":
            return translate("reports", NOT_RECORDED)
        if cut == "estate":
            return self.estates.get(key, key)
        if cut == "kind":
            return KINDS[key].label if key in KINDS else key
        if cut == "work_kind":
            return WorkKind(key).label if key in WorkKind.__members__ else key
        if cut == "priority":
            return Priority(key).label if key in Priority.__members__ else key
        if cut == "contractor":
            return key[5:] if key.startswith("text:") else self.contractors.get(key, key)
        if cut == "operative":
            return key[5:] if key.startswith("name:") else self.operatives.get(key, key)
        return key
