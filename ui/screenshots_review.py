"""The coordinator's screens: ``python -m ui.screenshots_review DIR`` (``make
screenshots`` runs it after `ui.screenshots`, which renders the champion's).

A temporary demo folder gets what ``champion-app --demo`` and ``--demo --role coordinator``
would make on one machine: the demo champion's sample records sent to the demo server
(headless, through the real sync engine), then a coordinator window signed in to the same
server, synced, and photographed at 1366×768.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QSplitter

from ui.app import DataPaths, application, attach_sync, build_window, start_demo_services
from ui.main_window import MainWindow
from ui.screenshots import settle, unlock_sample_folders
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SIZE = (1366, 768)


def _champion_sends_samples(root: Path) -> None:
    """The demo champion's laptop: sample records made and sent to the demo server."""
    from champion_app.demo import prepare_demo
    from champion_app.store import Store
    from sync import connection
    from sync.demo import start_demo_server
    from sync.engine import run_sync

    folder = root / "demo"
    server = start_demo_server(folder, server_dir=root / "demo" / "demo-server")
    try:
        with Store.open(folder / "champion.db") as store:
            prepare_demo(store)
            with connection.client_for(store) as client:
                run_sync(store, client)
    finally:
        server.stop()


def _select(window: MainWindow, record_kind: str, words: str) -> None:
    page = window.review
    for row in range(page.model.rowCount()):
        cached = page.model.cached(row)
        if cached is not None and cached.kind == record_kind and words in cached.summary:
            page.table.setFocus()
            page.table.selectRow(row)
            page.table.scrollTo(page.model.index(row, 0))
            return
    raise LookupError(f"no {record_kind} record saying {words!r} in the queue")


def review(w: MainWindow) -> None:
    w.show_page("review")
    _select(w, "doorstep", "Lift stuck")


def record(w: MainWindow) -> None:
    page = w.review
    split = page.findChild(QSplitter, "reviewSplit")
    split.setSizes([230, 800])  # the record, not the list, fills most of the page
    _select(w, "doorstep", "Black mould on the bedroom ceiling")


SCREENS: list[tuple[str, Callable[[MainWindow], None]]] = [
    ("coordinator_review", review), ("coordinator_record", record)]


def render(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    unlock_sample_folders()  # the sample data's folders are encrypted too
    written = []
    with tempfile.TemporaryDirectory(prefix="champion-coord-shots-") as tmp:
        root = Path(tmp)
        _champion_sends_samples(root)
        folder = root / "demo-coordinator"
        where = DataPaths(folder, folder / "champion.db", folder / "attachments",
                          role="coordinator", demo_server_dir=root / "demo" / "demo-server")
        runner = TaskRunner(where.db_path, where.attachments_dir)
        window = build_window(runner, demo=True, role="coordinator")
        window.resize(*SIZE)
        window.show()
        server = start_demo_services(where)
        controller = attach_sync(window, runner)
        try:
            finished: list = []
            controller.sync_finished.connect(finished.append)
            deadline = time.monotonic() + 60
            while not finished and time.monotonic() < deadline:
                settle(runner, 50)
            settle(runner, 300)
            for name, step in SCREENS:
                step(window)
                settle(runner, 400)
                settle(runner, 400)  # photos arrive from the server after the first draw
                path = out_dir / f"{name}.png"
                window.grab().save(str(path))
                written.append(path)
                log.info("Wrote %s", path)
        finally:
            controller.shutdown()
            window.close()
            runner.shutdown()
            server.stop()
    app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    from ui.screenshots import render_command

    return render_command("ui.screenshots_review", "Render the coordinator's screens.", render, argv)


if __name__ == "__main__":
    sys.exit(main())
