"""You said, we did: the outcomes the office has published for my estates."""

from __future__ import annotations

import html
import logging

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from champion_app.records.scales import ActionStatus
from champion_app.store import Changes
from ui.refdata import RefData
from ui.timefmt import day
from ui.widgets import heading, named

log = logging.getLogger(__name__)


class YouSaidPage(QWidget):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page_you_said", self.tr("You said, we did"))
        self.runner = runner
        self.ref = RefData()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("You said, we did"), "youSaidTitle"))
        intro = QLabel(self.tr(
            "What changed because residents spoke up. Share these on the doorstep."))
        intro.setObjectName("youSaidIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = named(QTextBrowser(), "youSaidList", self.tr("Published outcomes"))
        layout.addWidget(self.text, 1)
        self._actions: list[dict] = []

    def set_refdata(self, ref: RefData) -> None:
        self.ref = ref
        self._render()

    def refresh(self) -> None:
        self.runner.op("you said we did", lambda s: s.actions(published_only=True)).success(
            self._loaded).run()

    def on_changes(self, changes: Changes) -> None:
        if changes.actions or changes.reference:
            self.refresh()

    def _loaded(self, actions: list[dict]) -> None:
        self._actions = actions
        self._render()

    def _render(self) -> None:
        if not self._actions:
            self.text.setHtml("<p>" + html.escape(self.tr(
                "Nothing has been published for your estates yet. When the office publishes "
                "what changed after residents' feedback, it shows here after the next sync, so "
                "you can tell your neighbours.")) + "</p>")
            return
        # Marked outside the f-strings below: lupdate does not read inside an f-string.
        said, did, due = self.tr("You said:"), self.tr("We did:"), self.tr("Due %1")
        parts = []
        for a in self._actions:
            try:
                status = ActionStatus(a.get("status", "logged")).label
            except ValueError:
                status = a.get("status", "")
            estate = self.ref.estate_name(a.get("estate_id")) or a.get("estate_id", "")
            we_did = a.get("we_did", "") or self.tr("Work in progress.")
            parts.append(
                f"<h3>{html.escape(estate)} — {html.escape(status)}</h3>"
                f"<p><b>{html.escape(said)}</b> {html.escape(a.get('you_said', ''))}</p>"
                f"<p><b>{html.escape(did)}</b> {html.escape(we_did)}</p>"
                + (f"<p><i>{html.escape(due.replace('%1', day(str(a['due_date']))))}</i></p>"
                   if a.get("due_date") and a.get("status") != "done" else "")
                + "<hr>")
        self.text.setHtml("".join(parts))
