"""Coordinators' pages: the review queue, hazards, complaints, "You said, we did" actions and
the printable notice, champions and devices. Shown only when the signed-in role is
coordinator or admin (`ui.navigation`); a champion never sees them."""

from __future__ import annotations


def name_headers(table, name: str) -> None:
    """A table's two headers get names too (screen readers, and the accessibility test)."""
    from PySide6.QtCore import QCoreApplication

    from ui.widgets import named

    named(table.horizontalHeader(), f"{name}Header",
          QCoreApplication.translate("Coordinator", "Columns"))
    named(table.verticalHeader(), f"{name}Rows",
          QCoreApplication.translate("Coordinator", "Row numbers"))
