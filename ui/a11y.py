"""What a screen reader says about controls built in pages of other parts of the app.

Every control has a name and a description (issue #12; tests/ui/test_accessibility.py walks
every page and form). Pages built here describe their own controls where they make them;
this fills in the few on pages owned elsewhere (You said we did, Sync), by object name,
without editing those pages, and never replaces a description a page gives itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def descriptions() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "youSaidList": translate("Descriptions", "What the office published for your "
                                                 "estates after residents spoke up."),
        "syncNow": translate("Descriptions", "Sends what is waiting and fetches what is new, "
                                             "now. F5."),
        "syncConnect": translate("Descriptions", "Connects this laptop to your landlord's "
                                                 "server with the code your coordinator gave."),
        "syncEvents": translate("Descriptions", "What the last syncs did, newest first."),
    }


def describe_missing(root: QWidget) -> None:
    """Give the controls under ``root`` that have none the description listed for them."""
    table = descriptions()
    for widget in root.findChildren(QWidget):
        words = table.get(widget.objectName())
        if words and not widget.accessibleDescription():
            widget.setAccessibleDescription(words)
