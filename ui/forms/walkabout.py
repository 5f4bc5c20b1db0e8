"""Estate walkabout: the champion's own check of the common parts, no resident involved."""

from __future__ import annotations

from .base import RecordForm
from .conditions import ConditionsSection


class WalkaboutForm(RecordForm):
    kind = "walkabout"
    resident_involved = False

    def build(self) -> None:
        self.conditions = ConditionsSection(self, self.tr("What you saw on the walkabout"))
        self.body.addWidget(self.conditions)
