"""The keyboard shortcuts F1 lists, for the signed-in role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from champion_app.roles import is_coordinator


def shortcuts_text(role: str | None, page_labels: list[str]) -> str:
    """Every shortcut of ``role``; ``page_labels`` are the pages it sees, in order."""
    pages = ", ".join(label.replace("&", "") for label in page_labels)
    go = QCoreApplication.translate("Shortcuts", "Go to {pages}: Ctrl+1 to Ctrl+{n}").format(
        pages=pages, n=len(page_labels))
    if is_coordinator(role):
        lines = [
            QCoreApplication.translate(
                "Shortcuts", "In the review queue: A approve, I has issues, R reject (I and R "
                "ask why); select several rows with Shift or Ctrl to approve them together"),
            QCoreApplication.translate(
                "Shortcuts", "Enter in the queue: write to the champion; Ctrl+Shift+Enter "
                "sends"),
            QCoreApplication.translate("Shortcuts", "Find in the review queue: Ctrl+F"),
            go,
            QCoreApplication.translate("Shortcuts", "Sync now: F5"),
            QCoreApplication.translate("Shortcuts", "Quit: Ctrl+Q")]
    else:
        lines = [
            QCoreApplication.translate("Shortcuts", "New visit: Ctrl+N"),
            QCoreApplication.translate("Shortcuts", "Save draft: Ctrl+S"),
            QCoreApplication.translate("Shortcuts", "Submit: Ctrl+Enter"),
            QCoreApplication.translate("Shortcuts", "Find in my log: Ctrl+F"),
            QCoreApplication.translate(
                "Shortcuts", "Reply to your coordinator (in My log): Ctrl+Shift+Enter sends"),
            go,
            QCoreApplication.translate("Shortcuts", "Sync now: F5"),
            QCoreApplication.translate("Shortcuts", "Quit: Ctrl+Q"),
            QCoreApplication.translate(
                "Shortcuts", "Move between fields: Tab and Shift+Tab. A table or list is one "
                "stop: move in it with the arrow keys."),
            QCoreApplication.translate(
                "Shortcuts", "Choose an answer within a question: the arrow keys (they choose "
                "as they move); Space ticks a box."),
            QCoreApplication.translate(
                "Shortcuts", "Alt with an underlined letter: go to that field.")]
    return "\n".join(lines)
