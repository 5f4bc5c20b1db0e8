"""The pages on the left of the window, and who sees each: one list, one entry per page.

Adding a page is one `PageSpec` in `PAGES`: its key, its label (with an Alt letter), how to
build it from the task runner, the roles that see it, and optionally a count for its entry
("Review (12)", "Hazards (2 overdue)") read on the DB worker. The window builds every
page once, shows the entries the signed-in role may see (`champion_app.roles.role_of`; a
laptop never connected is a champion's), and numbers their Ctrl+1… shortcuts in order.

A page may define ``refresh()`` (first load), ``on_changes(changes)`` (after every write)
and ``set_refdata(ref)`` (estates, jobs… loaded or changed); the window calls each that
exists.

Coordinators do not log visits of their own: the records are the residents' voice, which
champions collect; a coordinator's own observations would mix staff opinion into it. So
Today (jobs to visit), New visit and My log are champions' pages, and a coordinator's "log"
is the Review queue: every champion's records, with the same search and filters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from champion_app.roles import CHAMPION, COORDINATOR_ROLES, ROLES

Count = int | tuple[int, str]  # a number, or (number, "overdue" | "open")


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str                          # source text, translated in context "Navigation"
    make: Callable[[Any], QWidget]      # the task runner -> the page
    roles: frozenset[str]
    # store -> what the entry counts: a number ("Review (12)"), or a number and what it
    # counts ("Hazards (2 overdue)", "Complaints (3 open)"); 0 shows no count.
    count: Callable[[Any], Count] | None = None

    def visible_to(self, role: str | None) -> bool:
        return (role or CHAMPION) in self.roles


CHAMPIONS = frozenset({CHAMPION})
COORDINATORS = frozenset(COORDINATOR_ROLES)
EVERYONE = frozenset(ROLES)


def _today(runner):
    from ui.pages.today import TodayPage
    return TodayPage(runner)


def _visit(runner):
    from ui.forms.page import VisitPage
    return VisitPage(runner)


def _log(runner):
    from ui.log.view import LogPage
    return LogPage(runner)


def _review(runner):
    from ui.coordinator.review.view import ReviewPage
    return ReviewPage(runner)


def _you_said(runner):
    from ui.pages.you_said import YouSaidPage
    return YouSaidPage(runner)


def _hazards(runner):
    from ui.coordinator.hazards import HazardsPage
    return HazardsPage(runner)


def _complaints(runner):
    from ui.coordinator.complaints import ComplaintsPage
    return ComplaintsPage(runner)


def _actions(runner):
    from ui.coordinator.actions import ActionsPage
    return ActionsPage(runner)


def _champions(runner):
    from ui.coordinator.champions import ChampionsPage
    return ChampionsPage(runner)


def _cases(case: str) -> Callable[[Any], Count]:
    """Overdue cases when any are, else open ones: in words, never colour alone."""
    def count(store) -> Count:
        overdue, open_ = store.case_counts().get(case, (0, 0))
        return (overdue, "overdue") if overdue else (open_, "open")
    return count


def _reports(runner):
    from ui.reports.page import ReportsPage
    return ReportsPage(runner)


def _sync(_runner):
    from ui.pages.sync import SyncPage
    return SyncPage()


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("Navigation", "&Today"), _today, CHAMPIONS),
    PageSpec("visit", QT_TRANSLATE_NOOP("Navigation", "&New visit"), _visit, CHAMPIONS),
    PageSpec("log", QT_TRANSLATE_NOOP("Navigation", "&My log"), _log, CHAMPIONS),
    PageSpec("review", QT_TRANSLATE_NOOP("Navigation", "&Review"), _review, COORDINATORS,
             count=lambda store: store.queue_count()),
    PageSpec("hazards", QT_TRANSLATE_NOOP("Navigation", "&Hazards"), _hazards, COORDINATORS,
             count=_cases("hazard")),
    PageSpec("complaints", QT_TRANSLATE_NOOP("Navigation", "C&omplaints"), _complaints,
             COORDINATORS, count=_cases("complaint")),
    # A coordinator writes "You said, we did" on Actions; champions read what was published.
    PageSpec("you_said", QT_TRANSLATE_NOOP("Navigation", "&You said, we did"), _you_said,
             CHAMPIONS),
    PageSpec("actions", QT_TRANSLATE_NOOP("Navigation", "&Actions"), _actions, COORDINATORS),
    PageSpec("champions", QT_TRANSLATE_NOOP("Navigation", "Cham&pions"), _champions,
             COORDINATORS),
    # Everyone: champions see their own estates' figures, coordinators the whole landlord's.
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "R&eports"), _reports, EVERYONE),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "&Sync"), _sync, EVERYONE),
)


def visible(role: str | None, pages: tuple[PageSpec, ...] = PAGES) -> list[PageSpec]:
    return [spec for spec in pages if spec.visible_to(role)]
