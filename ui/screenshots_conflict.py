"""The conflict screenshots (issue 13): ``python -m ui.screenshots_conflict DIR``.

Two laptops of the demo champion and the demo coordinator's, each its own data folder, on
one real demo server (``champion-server demo``) on loopback: both laptops change the same
record before either has seen the other's change, then everyone syncs. Renders at
1366×768, offscreen:

- ``conflict_champion.png``: My log on the first laptop, the record's detail showing both
  texts with "keep this laptop's version" / "keep the other laptop's version";
- ``conflict_coordinator.png``: the coordinator's My log (their view of every record, until
  the review queue of issue 10 takes its place) with the same record's conflict.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from champion_app.demo import prepare_demo
from champion_app.records import Draft
from champion_app.store import Store
from sync import connection
from sync.demo import launch
from sync.engine import run_sync
from ui.app import application, attach_sync
from ui.main_window import MainWindow
from ui.screenshots import settle, unlock_sample_folders
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parent.parent


def _sync(store: Store) -> None:
    with connection.client_for(store) as client:
        run_sync(store, client)


def _edit(store: Store, record_id: str, said: str) -> None:
    store.start_edit(record_id)
    draft = store.get_record(record_id).draft
    assert draft is not None
    store.save_draft(Draft(kind=draft.kind, estate_id=draft.estate_id, block_id=draft.block_id,
                           home_id=draft.home_id, job_ref=draft.job_ref,
                           payload={**draft.payload, "what_was_said": said}),
                     record_id=record_id)
    store.submit(record_id)


def _second_code(server_dir: Path, username: str) -> str:
    done = subprocess.run([sys.executable, "-m", "server.cli", "enrol", "--username", username,
                           "--db", str(server_dir / "server.db")], cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=60)
    return done.stdout.strip().splitlines()[-1]


def make_conflict(tmp: Path) -> tuple[object, str]:
    """The demo server, three synced data folders, one record changed on two laptops."""
    server, code = launch(tmp / "server", port=0)
    try:
        one = Store.open(tmp / "one" / "champion.db")
        prepare_demo(one)
        connection.connect(one, server.url, code=code, name="Amir's laptop")
        _sync(one)
        two = Store.open(tmp / "two" / "champion.db")
        connection.connect(two, server.url, name="Amir's home PC",
                           code=_second_code(tmp / "server", server.username))
        _sync(two)
        record_id = next(r.record_id for r in one.list_records()
                         if r.kind == "doorstep" and "Stairwell" in r.summary)
        _edit(one, record_id, "Stairwell on floors 2 to 4 not mopped for three weeks; bin "
              "smell near the lift. Cleaner came on Monday but only did the ground floor.")
        _edit(two, record_id, "Stairwell on floors 2 to 4 not mopped for three weeks; bin "
              "smell near the lift. Resident on floor 3 says the smell is from a leaking bin.")
        _sync(one)
        _sync(two)
        _sync(one)
        coord = Store.open(tmp / "coord" / "champion.db")
        connection.connect(coord, server.url, username=server.coordinator_username,
                           password="demo-coordinator", name="Housing office PC")
        _sync(coord)
        for store in (one, two, coord):
            store.close()
    except BaseException:
        server.stop()
        raise
    return server, record_id


def shoot(folder: Path, record_id: str, path: Path) -> None:
    runner = TaskRunner(folder / "champion.db", folder / "attachments")
    window = MainWindow(runner)
    controller = None
    try:
        window.load()
        window.resize(*SIZE)
        window.show()
        settle(runner, 300)
        controller = attach_sync(window, runner)  # online, as the person would see it
        finished: list = []
        controller.sync_finished.connect(finished.append)
        deadline = time.monotonic() + 60
        while not finished and time.monotonic() < deadline:
            settle(runner, 50)
        window.show_page("log")
        page = window.log_page
        deadline = time.monotonic() + 20
        while page.model.row_of(record_id) < 0 and time.monotonic() < deadline:
            settle(runner, 50)
        page.table.selectRow(page.model.row_of(record_id))
        settle(runner, 300)
        # Give the detail its room: the list keeps a few rows, the conflict the rest.
        split = page.findChild(type(page.table.parent()), "logSplit")
        if split is not None:
            split.setSizes([150, 600])
        settle(runner, 200)
        window.grab().save(str(path))
        log.info("Wrote %s", path)
    finally:
        if controller is not None:
            controller.shutdown()
        window.close()
        runner.shutdown()


def render(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    unlock_sample_folders()  # the sample data's folders are encrypted too
    with tempfile.TemporaryDirectory(prefix="champion-conflict-") as tmp:
        server, record_id = make_conflict(Path(tmp))
        try:
            shots = [(Path(tmp) / "one", out_dir / "conflict_champion.png"),
                     (Path(tmp) / "coord", out_dir / "conflict_coordinator.png")]
            for folder, path in shots:
                shoot(folder, record_id, path)
        finally:
            server.stop()
    app.processEvents()
    return [path for _folder, path in shots]


def main(argv: list[str] | None = None) -> int:
    from ui.screenshots import render_command

    return render_command("ui.screenshots_conflict", "Render the conflict screenshots.", render, argv)


if __name__ == "__main__":
    assert QApplication  # imported for its side: Qt before any widget
    sys.exit(main())
