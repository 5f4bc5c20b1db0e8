"""The printable "You said, we did" notice for one estate's noticeboard (A4, normal or large
print), made from the actions published for that estate."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from champion_app.records.scales import ActionStatus
from ui.printing import write_pdf
from ui.timefmt import long_date


def notice_html(landlord: str, estate: str, actions: list[dict], today: date) -> str:
    """Plain and readable: the landlord, the estate, then each "You said … We did …"."""
    e = html.escape
    title = QCoreApplication.translate("Notice", "You said, we did")
    parts = [f"<h1>{e(title)}</h1>",
             f"<h2>{e(estate)}</h2>",
             "<p>" + e(QCoreApplication.translate(
                 "Notice", "What {landlord} changed because residents on {estate} spoke up. "
                 "Updated {day}.").format(landlord=landlord, estate=estate,
                                          day=long_date(today))) + "</p>",
             "<hr/>"]
    if not actions:
        parts.append("<p>" + e(QCoreApplication.translate(
            "Notice", "Nothing has been published for this estate yet.")) + "</p>")
    for action in actions:
        try:
            status = ActionStatus(action.get("status") or "logged").label
        except ValueError:
            status = str(action.get("status"))
        said = QCoreApplication.translate("Notice", "You said:")
        did = QCoreApplication.translate("Notice", "We did:")
        parts.append(f"<p><b>{e(said)}</b> {e(action.get('you_said') or '')}</p>")
        parts.append(f"<p><b>{e(did)}</b> {e(action.get('we_did') or '')}</p>")
        line = QCoreApplication.translate("Notice", "Status: {status}").format(status=status)
        if action.get("status") == ActionStatus.wont_do and action.get("status_reason"):
            line += " — " + str(action["status_reason"])
        if action.get("due_date") and action.get("status") not in ("done", "wont_do"):
            line += " · " + QCoreApplication.translate("Notice", "Due {day}").format(
                day=long_date(date.fromisoformat(str(action["due_date"]))))
        parts.append(f"<p><i>{e(line)}</i></p><hr/>")
    parts.append("<p>" + e(QCoreApplication.translate(
        "Notice", "Tell your Estate Service Champion what you think, or contact {landlord}.")
        .format(landlord=landlord)) + "</p>")
    return "".join(parts)


def save_notice(path: Path, *, landlord: str, estate: str, actions: list[dict],
                large_print: bool, today: date | None = None) -> Path:
    """Write the notice PDF; returns its path. Raises OSError in plain words."""
    title = QCoreApplication.translate("Notice", "You said, we did — {estate}").format(
        estate=estate)
    write_pdf(notice_html(landlord, estate, actions, today or date.today()), Path(path),
              title=title, large_print=large_print)
    return Path(path)
