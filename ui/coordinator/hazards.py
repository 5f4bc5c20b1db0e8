"""Hazards: every record with a hazard, its case and deadlines (Awaab's Law)."""

from __future__ import annotations

from ui.widgets import named

from .case_page import CasePage


class HazardsPage(CasePage):
    case = "hazard"

    def __init__(self, runner, parent=None) -> None:
        super().__init__(runner, parent)
        named(self, "page_hazards", self.tr("Hazards"))

    def title(self) -> str:
        return self.tr("Hazards")

    def intro(self) -> str:
        return self.tr(
            "Every record with a hazard, most urgent first. Awaab's Law: an emergency hazard "
            "is investigated and made safe within 24 hours of the champion's visit; significant "
            "damp and mould is investigated within 10 working days, the resident gets a written "
            "summary within 3 working days of the investigation, and safety works begin within "
            "5 working days of it. Working days leave out weekends and England's bank "
            "holidays. Safeguarding and other safety concerns have the landlord's own targets.")
