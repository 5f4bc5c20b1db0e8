"""Starting in steps: the window is painted first, then the rest comes without freezing it.

Before this, a person waited most of a second for the first paint: the record models
(pydantic), the store (sqlite-utils, sqlcipher), every page's module and every page were
imported and built before the window was shown (docs/benchmarks.md, "Startup"). Now
`ui.app.run_gui` shows the window's frame (title, menus, navigation, status bar, and the
lock screen's "Opening your data…", as before) right after QApplication, and then:

1. `warm` imports the heavy Qt-free modules on a plain thread, then the pages' modules.
   The UI thread stays free to paint and take input meanwhile (the interpreter hands it
   the GIL every millisecond: ``sys.setswitchinterval`` in `ui.app.application`). Only
   modules are imported there (classes defined, Qt's types set up); no widget or other
   QObject is made off the UI thread.
2. Back on the UI thread once the first part is imported, the task runner, the lock
   screen's session and the first loads start (``then``): the key is looked for and the
   database opened off the UI thread, as they always were, while the pages' modules are
   still being imported.
3. `build_pages` builds the pages one per turn of the event loop once their modules are
   imported, the page shown first. A page asked for before its turn is built when asked
   (`ui.window_pages.PagesHost.page`), so the navigation, menus and shortcuts work from
   the first paint; a page not built yet shows a placeholder until it is.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ui.wheel import install_wheel_guard

log = logging.getLogger(__name__)

# Imported off the UI thread before anything needs them: the Qt-free bulk of the start-up
# imports (measured with -X importtime; the record models alone are a quarter of a second).
# Never a module that imports PySide6: PySide6 sets up a Qt class's Python type (and its
# enums) the first time it is imported, and doing that on two threads at once crashes it.
HEAVY_MODULES = (
    "champion_app.protocol",
    "champion_app.records",
    "champion_app.entities",
    "champion_app.store",
    "champion_app.vault",
    "champion_app.demo",
    "champion_app.reports",
    "argon2",
    "sync.connection",
    "sync.credentials",
    "sync.engine",
)
# Each page's module (ui.navigation builds each page from its own), imported on the UI
# thread in a turn of its own before the page is built in the next: two short stalls
# rather than one long one. A page missing here is imported as it is built.
PAGE_MODULES = {
    "today": "ui.pages.today",
    "visit": "ui.forms.page",
    "log": "ui.log.view",
    "review": "ui.coordinator.review.view",
    "hazards": "ui.coordinator.hazards",
    "complaints": "ui.coordinator.complaints",
    "you_said": "ui.pages.you_said",
    "actions": "ui.coordinator.actions",
    "champions": "ui.coordinator.champions",
    "reports": "ui.reports.page",
    "sync": "ui.pages.sync",
}


class Startup(QObject):
    """The steps after the first paint, for one window."""

    _warmed = Signal()        # from the warming thread; queued to the UI thread
    pages_built = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._then: Callable[[], None] | None = None
        self.done = False             # every page built
        self._warmed.connect(self._after_warm, Qt.ConnectionType.QueuedConnection)

    def warm(self, then: Callable[[], None], modules: Iterable[str] = HEAVY_MODULES) -> None:
        """Import ``modules`` (Qt-free ones only) on a thread, then call ``then`` on the UI
        thread. An import that fails is left for the UI thread to raise again where it is
        needed, in plain words."""
        self._then = then
        names = tuple(modules)

        def work() -> None:
            for name in names:
                try:
                    importlib.import_module(name)
                except Exception:  # raised again, and shown, where the UI thread imports it
                    log.exception("Could not import %s ahead of time", name)
            self._warmed.emit()

        # A daemon: closing the window during start-up never waits for an import.
        threading.Thread(target=work, name="champion-warm", daemon=True).start()

    @Slot()
    def _after_warm(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            then()

    def after_pages(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once every page is built (now, if they are)."""
        if self.done:
            fn()
            return

        def once() -> None:
            self.pages_built.disconnect(once)
            fn()

        self.pages_built.connect(once)

    def build_pages(self) -> None:
        """Build the window's pages, one per turn of the event loop (`pages_built` after)."""
        QTimer.singleShot(0, self._build_next)

    def _build_next(self) -> None:
        key = self.window.next_page_to_build()
        if key is None:
            log.debug("every page built")
            install_wheel_guard(existing=self.window)  # after: ui/wheel.py says why
            self.done = True
            self.pages_built.emit()
            return
        module = PAGE_MODULES.get(key)
        if module is not None and module not in sys.modules:
            importlib.import_module(module)  # this turn; the page in the next
        else:
            self.window.page(key)
        QTimer.singleShot(0, self._build_next)
