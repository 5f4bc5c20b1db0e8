"""Coordinator screens, offscreen, against the real demo server:
``python -m ui.screenshots_coordinator DIR`` (also run by ``make screenshots``).

A temporary demo champion logs the sample patch's records (the demo's own, plus an emergency
and an "other safety" hazard at telling times, so the queue shows overdue, due-today and open
cases) and syncs; a temporary coordinator folder signs in as the demo coordinator, records a
few steps and actions, syncs, and the real window is grabbed at 1366×768. The notice is
written with the app's own PDF helper and its first page turned into a PNG with poppler's
``pdftoppm -png -r 60``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from champion_app.demo import prepare_demo
from champion_app.records import Draft
from champion_app.store import Store
from sync import connection
from sync.demo import launch
from sync.engine import run_sync
from ui.app import application, attach_sync, build_window
from ui.screenshots import settle, unlock_sample_folders
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SIZE = (1366, 768)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _hazard(store: Store, estate: str, block: str, hazard: str, said: str, details: str,
            visited: datetime, complaint: bool = False) -> str:
    record_id = store.save_draft(Draft(kind="doorstep", estate_id=estate, block_id=block,
                                       payload={"topics": ["safety"], "what_was_said": said,
                                                "hazard": hazard, "hazard_details": details,
                                                "complaint": {"offered": True,
                                                              "wants_to_complain": complaint}})
                                 ).record_id
    store.db.execute("UPDATE records SET created_at = ? WHERE record_id = ?",
                     [_iso(visited), record_id])
    store.submit(record_id, author_id="demo-champion", device_id="demo-laptop")
    return record_id


def _sync(store: Store) -> None:
    with connection.client_for(store) as client:
        run_sync(store, client)


def prepare(folder: Path, server, code: str) -> Path:
    """Both demo laptops, synced; returns the coordinator's database."""
    now = datetime.now(UTC)
    with Store.open(folder / "champion" / "champion.db") as champion:
        prepare_demo(champion)
        _hazard(champion, "est-brook", "blk-kingfisher", "emergency",
                "Water pouring through the light fitting in the hallway.",
                "Flat 42: water coming through the ceiling light, electrics at risk.",
                now - timedelta(hours=30))
        _hazard(champion, "est-castle", "blk-tudor", "other_safety",
                "Loose paving slab by the main entrance; a neighbour tripped.",
                "Main entrance of Tudor Court, the slab rocks when stepped on.",
                now - timedelta(days=1), complaint=True)
        connection.connect(champion, server.url, code=code, name="demo laptop")
        _sync(champion)
    coordinator_db = folder / "coordinator" / "champion.db"
    with Store.open(coordinator_db) as office:
        connection.connect(office, server.url, username="demo-coordinator",
                           password="demo-coordinator", name="office pc")
        _sync(office)
        damp = next(r for r in office.case_queue("hazard") if r.hazard == "damp_mould")
        office.record_case_event(damp.record_id, "hazard", "passed_to_repairs",
                                 reference="WO-20417", note="Survey booked with the damp team",
                                 at=now - timedelta(hours=3))
        for estate, said, did, status in (
                ("est-alder", "Mould keeps coming back in bedrooms in Rowan House.",
                 "Every flat in Rowan House gets an extractor fan and a damp survey by June.",
                 "in_progress"),
                ("est-alder", "Stairwells in Rowan House were not being mopped.",
                 "We changed the cleaning rota: stairwells are mopped every Tuesday and Friday.",
                 "done"),
                ("est-alder", "Residents asked for a bench by the bus stop.",
                 "The land belongs to the council's highways team, who said no.", "wont_do")):
            office.save_action({"action_id": str(uuid.uuid4()), "estate_id": estate,
                                "you_said": said, "we_did": did, "status": status,
                                "status_reason": "Not our land; we passed the request on."
                                if status == "wont_do" else "",
                                "published": True, "source_record_ids": [damp.record_id],
                                "category": ["damp_mould"] if "Mould" in said else ["cleaning"],
                                "due_date": (now + timedelta(days=40)).date().isoformat()
                                if status == "in_progress" else None,
                                "escalation": "awaab_damp_mould" if "Mould" in said else "none",
                                "reported_to": ["noticeboard", "scrutiny_panel"]})
        _sync(office)
    return coordinator_db


def render(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    unlock_sample_folders()  # the sample data's folders are encrypted too
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="champion-coord-shots-") as tmp:
        folder = Path(tmp)
        server, code = launch(folder / "server", port=0)
        runner = controller = window = None
        try:
            db = prepare(folder, server, code)
            runner = TaskRunner(db, db.parent / "attachments")
            window = build_window(runner, demo=False)
            window.resize(*SIZE)
            window.show()
            controller = attach_sync(window, runner)
            finished: list = []
            controller.sync_finished.connect(finished.append)
            deadline = time.monotonic() + 60
            while not finished and time.monotonic() < deadline:
                settle(runner, 50)
            for name, scene in SCENES:
                scene(window)
                settle(runner, 300)
                window.statusBar().clearMessage()  # "Receiving updates…" is not the scene
                path = out_dir / f"{name}.png"
                window.grab().save(str(path))
                written.append(path)
                log.info("Wrote %s", path)
            written.append(_notice(window, runner, out_dir))
        finally:
            if controller is not None:
                controller.shutdown()
            if window is not None:
                window.close()
            if runner is not None:
                runner.shutdown()
            server.stop()
    app.processEvents()
    return written


def _hazards(w) -> None:
    w.show_page("hazards")
    settle(w.runner, 200)
    page = w.hazards
    row = next((i for i, r in enumerate(page.model.rows) if r.hazard == "damp_mould"), 0)
    page.table.selectRow(row)


def _complaints(w) -> None:
    w.show_page("complaints")
    settle(w.runner, 200)
    w.complaints.table.selectRow(0)


def _action(w) -> None:
    w.show_page("actions")
    settle(w.runner, 200)
    page = w.actions_page
    row = next((i for i, a in enumerate(page.actions) if "extractor" in a["we_did"]), 0)
    page.table.selectRow(row)


def _champions(w) -> None:
    w.show_page("champions")
    settle(w.runner, 500)
    w.champions.table.selectRow(0)


SCENES = [("coordinator_hazards", _hazards), ("coordinator_complaints", _complaints),
          ("coordinator_action", _action), ("coordinator_champions", _champions)]


def _notice(window, runner, out_dir: Path) -> Path:
    pdf = out_dir / "you_said_notice.pdf"
    window.actions_page.save_notice_to("est-alder", pdf, large_print=False, open_after=False)
    deadline = time.monotonic() + 20
    while not pdf.exists() and time.monotonic() < deadline:
        settle(runner, 50)
    png = out_dir / "you_said_notice.png"
    if shutil.which("pdftoppm") is None:
        log.warning("pdftoppm (poppler-utils) is not installed: the notice stays a PDF")
        return pdf
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)
    pdf.unlink()
    return png


def main(argv: list[str] | None = None) -> int:
    from ui.screenshots import render_command

    return render_command("ui.screenshots_coordinator", "Render the coordinator screens.", render, argv)


if __name__ == "__main__":
    sys.exit(main())
