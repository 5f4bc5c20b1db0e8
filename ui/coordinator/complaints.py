"""Complaints: records where the resident asked to complain, until routed and answered
(the Housing Ombudsman's Complaint Handling Code timescales)."""

from __future__ import annotations

from ui.widgets import named

from .case_page import CasePage


class ComplaintsPage(CasePage):
    case = "complaint"

    def __init__(self, runner, parent=None) -> None:
        super().__init__(runner, parent)
        named(self, "page_complaints", self.tr("Complaints"))

    def title(self) -> str:
        return self.tr("Complaints")

    def intro(self) -> str:
        return self.tr(
            "Residents who asked to complain. Pass each to the complaints team with its "
            "reference. The Complaint Handling Code: acknowledge within 5 working days of the "
            "visit, and send the stage 1 response within 10 working days of the "
            "acknowledgement.")
