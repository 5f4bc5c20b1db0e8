"""Starting in steps: the window is painted first, then the rest comes without freezing it.

Before this, a person waited most of a second for the first paint: the record models
(pydantic), the store (sqlite-utils, sqlcipher), every page's module and every page were
imported and built before the window was shown (docs/benchmarks.md, "Startup"). Now
`ui.app.run_gui` shows the window's frame (title, menus, navigation, status bar, and the
lock screen's "Opening your data…", as before) right after QApplication, and then:

1. `warm` imports the heavy Qt-free modules on a plain thread. The UI thread stays free to
   paint and take input meanwhile (the interpreter hands it the GIL every millisecond:
   ``sys.setswitchinterval`` in `ui.app.application`).
2. Back on the UI thread, the task runner, the lock screen's session and the first loads
   start (``then``): the key is looked for and the database opened off the UI thread, as
   they always were.
3. `build_pages` builds the pages one per turn of the event loop, the page shown first,
   each importing its module only then. A page asked for before its turn is built when
   asked (`ui.window_pages.PagesHost.page`), so the navigation, menus and shortcuts work
   from the first paint; a page not built yet shows a placeholder until it is.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)

# Imported off the UI thread before anything needs them: the Qt-free bulk of the start-up
# imports (measured with -X importtime; the record models alone are a quarter of a second).
# Qt widget modules are not here: a page's module is imported on the UI thread as it is built.
HEAVY_MODULES = (
    "champion_app.protocol",
    "champion_app.records",
    "champion_app.entities",
    "champion_app.store",
    "champion_app.vault",
    "argon2",
    "sync.connection",
    "sync.credentials",
    "ui.tasks",
    "ui.security.session",
)


class Startup(QObject):
    """The steps after the first paint, for one window."""

    _warmed = Signal()        # from the warming thread; queued to the UI thread
    pages_built = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._then: Callable[[], None] | None = None
        self._warmed.connect(self._after_warm, Qt.ConnectionType.QueuedConnection)

    def warm(self, then: Callable[[], None], modules: Iterable[str] = HEAVY_MODULES) -> None:
        """Import ``modules`` on a thread, then call ``then`` on the UI thread. An import that
        fails is left for the UI thread to raise again where it is needed, in plain words."""
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

    def build_pages(self) -> None:
        """Build the window's pages, one per turn of the event loop (`pages_built` after)."""
        key = self.window.next_page_to_build()
        if key is None:
            log.debug("every page built")
            self.pages_built.emit()
            return
        self.window.page(key)
        QTimer.singleShot(0, self.build_pages)
