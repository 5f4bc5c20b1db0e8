"""The window's pages (a part of `ui.main_window.MainWindow`): each built once, when it is
first needed, or ahead of that in short steps after the window's first paint.

Building every page (and importing its module: the record models, the store, charts…)
before the window is shown made a person wait most of a second for a blank screen. So the
window is painted first, with a light placeholder where the pages go, and `ui.startup`
builds the pages one per turn of the event loop, the page asked for first. Anything that
needs a page before its turn (a menu command, the navigation, a test) gets it built there
and then (`page`): the ``today``, ``visit``… attributes are properties that do that, so no
caller has to know whether a page exists yet. `MainWindow(runner)` builds them all at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.a11y import describe_missing
from ui.navigation import PAGES
from ui.widgets import CurrentPageStack, named

log = logging.getLogger(__name__)

SPECS = {spec.key: spec for spec in PAGES}


def _page_property(key: str) -> property:
    return property(lambda self: self.page(key), doc=f"The {key} page (built when first asked for).")


class PagesHost:
    """Mixin for MainWindow: ``pages`` (those built so far), ``page(key)``, the stack."""

    today = _page_property("today")
    visit = _page_property("visit")
    log_page = _page_property("log")
    review = _page_property("review")
    you_said = _page_property("you_said")
    sync_page = _page_property("sync")
    actions_page = _page_property("actions")
    hazards = _page_property("hazards")
    complaints = _page_property("complaints")
    champions = _page_property("champions")
    reports = _page_property("reports")

    def _build_page_area(self) -> CurrentPageStack:
        """The stack the pages go in, showing the placeholder until the page shown is built."""
        self.pages: dict[str, QWidget] = {}
        self._wanted: str | None = None  # the page the navigation shows (built or not yet)
        self._ref_loaded = False
        self.stack = CurrentPageStack()  # the room of the page shown, not of the largest
        self.stack.setObjectName("pages")
        # In MainWindow's translation context, as the menus' words are (ui/menus.py).
        self.placeholder = named(
            QLabel(QCoreApplication.translate("MainWindow", "Opening your log…")),
            "pagesPlaceholder", QCoreApplication.translate("MainWindow", "Opening your log"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.nav.currentRowChanged.connect(self._show_row)
        return self.stack

    @property
    def pages_ready(self) -> bool:
        """Every page is built (and, once `load` has run, has asked for its first load)."""
        return len(self.pages) == len(PAGES)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        return self.pages.get(key) or self._build_page(key)

    def build_all_pages(self) -> None:
        for spec in PAGES:
            self.page(spec.key)

    def next_page_to_build(self) -> str | None:
        """The page shown first (a person is waiting for it), then the others in order."""
        if self._wanted is not None and self._wanted not in self.pages:
            return self._wanted
        return next((spec.key for spec in PAGES if spec.key not in self.pages), None)

    def _build_page(self, key: str) -> QWidget:
        if self.runner is None:
            raise RuntimeError("the window's pages need the task runner (attach_runner)")
        spec = SPECS[key]
        page = spec.make(self.runner)  # imports the page's module the first time
        self.pages[key] = page
        self.stack.addWidget(page)
        describe_missing(page)  # controls of pages built elsewhere (ui/a11y.py)
        self._wire_page(key, page)
        if self._ref_loaded and hasattr(page, "set_refdata"):
            page.set_refdata(self.ref)
        if self._started:
            self._first_load(key)
        if key == self._wanted:
            self.stack.setCurrentWidget(page)
        log.debug("page %s built", key)
        return page

    def _first_load(self, key: str) -> None:
        """The page's first load, when its role may see it and it has not asked before."""
        page = self.pages.get(key)
        if page is None or not SPECS[key].visible_to(self.role) or key in self._loaded:
            return
        self._loaded.add(key)
        if hasattr(page, "refresh"):
            page.refresh()
        if key == "log":
            page.apply_filter()  # lists its records when first shown (LogPage.showEvent)

    def _show_row(self, row: int) -> None:
        """The navigation's choice: its page, or the placeholder until that page is built
        (it is built next: `next_page_to_build`)."""
        self._wanted = PAGES[row].key if row >= 0 else None
        page = self.pages.get(self._wanted) if self._wanted else None
        self.stack.setCurrentWidget(page or self.placeholder)

    def _refdata_loaded(self, ref) -> None:
        self.ref = ref
        self._ref_loaded = True
        for page in self.pages.values():
            if hasattr(page, "set_refdata"):
                page.set_refdata(ref)

    def _wire_page(self, key: str, page: QWidget) -> None:
        """Connect a page, once, as it is built."""
        if hasattr(page, "on_changes"):
            self.changes_applied.connect(page.on_changes)
        if key == "today":
            page.start_visit.connect(self.start_visit)
            page.open_record.connect(self.open_record)
            page.show_record.connect(self.show_record)
            page.connect_requested.connect(self.connect_to_landlord)
        elif key == "log":
            page.edit_requested.connect(self.open_record)
            page.new_version_requested.connect(lambda rid: self._open(rid, new_version=True))
        elif key == "visit":
            page.submitted.connect(lambda _rid: self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Submitted: it will be sent at the next sync."), 8000))
        elif key == "sync":
            page.sync_requested.connect(self.sync_now)
            self._sync_page_built(page)
        elif key in ("hazards", "complaints"):
            page.create_action.connect(self.create_action)
        elif key == "champions":
            page.changed_on_server.connect(self._quiet_sync)
