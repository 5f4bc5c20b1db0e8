"""Pages that reload what they show only while someone can see it."""

from __future__ import annotations


class ReloadsWhenShown:
    """Mixin for a page (before QWidget in the bases): a change that concerns it marks it
    stale; it reloads at once if it is on screen, otherwise the next time it is shown. The
    page's `refresh()` reloads and calls `mark_fresh()`."""

    _stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]

    def mark_fresh(self) -> None:
        self._stale = False

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload_on_show()

    def reload_on_show(self) -> None:
        """What showing a stale page does: refresh (a page may do more)."""
        self.refresh()  # type: ignore[attr-defined]
