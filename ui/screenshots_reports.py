"""Screens of the Reports page, its drill-down and the scrutiny pack (called by ui/screenshots.py).

A coordinator's view needs more than the demo's 25 records to show anything but small
bases, so these scenes use their own temporary data folder: the demo patch and sample
records, plus a year of records from several champions as a coordinator's sync would bring
them (`history`: seeded, so every run draws the same pictures).
"""

from __future__ import annotations

import logging
import random
import subprocess
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from champion_app.demo import prepare_demo
from champion_app.entities import parse_change
from champion_app.protocol import Change
from champion_app.records import TSM_CODES
from champion_app.store import Store
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SIZE = (1366, 768)
SATISFACTION = ("very_satisfied", "fairly_satisfied", "neither", "fairly_dissatisfied",
                "very_dissatisfied", "no_answer")
UNHAPPY = {"fairly_dissatisfied", "very_dissatisfied"}
CHECKS = ("showed_id", "on_time", "explained_work", "respectful", "protected_home",
          "left_clean_tidy")


def _answer(rng: random.Random, mood: float) -> str:
    """Mostly satisfied; ``mood`` above 0 makes dissatisfaction likelier."""
    weights = (30 - 12 * mood, 30 - 6 * mood, 12, 12 + 8 * mood, 8 + 10 * mood, 5)
    return rng.choices(SATISFACTION, weights)[0]


def history(store: Store, n: int = 520, seed: int = 11, today: date | None = None) -> int:
    """``n`` records of the last year by three champions, pulled as a coordinator gets them."""
    rng = random.Random(seed)
    today = today or datetime.now(UTC).date()
    estates = [e["id"] for e in store.estates()]
    blocks = store.blocks()
    jobs = store.worklist(days=400)
    mood = {"est-alder": 0.8, "est-brook": 0.3, "est-castle": -0.3}
    contractor_mood = {"ctr-brightwell": 1.2, "ctr-dryline": 0.6}
    changes = []
    for i in range(n):
        day = today - timedelta(days=rng.randint(1, 364))
        at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=rng.randint(9, 18))
        kind = rng.choices(("doorstep", "post_works", "block"), (50, 38, 12))[0]
        place: dict = {}
        if kind == "post_works":
            job = rng.choice(jobs)
            m = contractor_mood.get(job.get("contractor_id") or "", 0.0)
            ops = [{"operative_id": op, **{c: rng.choices(("yes", "no", "not_sure"),
                                                          (80 - 20 * m, 12 + 15 * m, 8))[0]
                                           for c in CHECKS}, "overall": _answer(rng, m)}
                   for op in job.get("operative_ids") or []]
            payload = {"priority": job.get("priority"), "delivered_by": job.get("delivered_by"),
                       "how_reported": "phone", "ease_of_reporting": _answer(rng, 0.2),
                       "part1_rating": _answer(rng, 0.1), "part2_rating": _answer(rng, m),
                       "repair_rating": _answer(rng, m), "time_taken_rating": _answer(rng, m),
                       "operatives": ops}
            answers = [v for k, v in payload.items() if k.endswith(("rating", "reporting"))]
            answers += [o["overall"] for o in ops]
            estate, place = job["estate_id"], {"job_ref": job["ref"],
                                               "home_id": job.get("home_id"),
                                               "block_id": job.get("block_id")}
        elif kind == "doorstep":
            estate = rng.choice(estates)
            ratings = {code: ("agree" if rng.random() < 0.7 else "disagree") if code == "TP08"
                       else _answer(rng, mood.get(estate, 0.0))
                       for code in rng.sample(TSM_CODES, rng.randint(1, 4))}
            payload = {"topics": [rng.choice(("repairs", "communal_areas", "cleaning",
                                              "lighting", "asb"))], "ratings": ratings,
                       "what_was_said": rng.choice((
                           "Bins overflow at the weekend.", "Lift fixed quickly this time.",
                           "Waited three weeks for the first visit.",
                           "Caretaker is doing a great job."))}
            answers = list(ratings.values())
            if rng.random() < 0.03:
                payload.update(hazard=rng.choice(("damp_mould", "emergency")),
                               hazard_details="Noted on the doorstep; passed on the same day.")
        else:
            block = rng.choice(blocks)
            estate, place = block["estate_id"], {"block_id": block["id"]}
            responses = [{"flat": str(rng.randint(1, 24)),
                          "rating": _answer(rng, mood.get(estate, 0.0))}
                         for _ in range(rng.randint(2, 5))]
            payload = {"trigger": "cleaning_check", "responses": responses,
                       "households_spoken_to": len(responses)}
            answers = [r["rating"] for r in responses]
        payload["complaint"] = {"offered": any(a in UNHAPPY for a in answers),
                                "wants_to_complain": False}
        stamp = at.isoformat().replace("+00:00", "Z")
        version = {"record_id": str(uuid.UUID(int=rng.getrandbits(128))),
                   "version_id": str(uuid.UUID(int=rng.getrandbits(128))), "kind": kind,
                   "created_at": stamp, "submitted_at": stamp, "received_at": stamp,
                   "seq": 1000 + i, "author_id": f"champion-{i % 3}", "device_id": "laptop",
                   "estate_id": estate, "payload": payload, **place}
        changes.append(parse_change(Change(seq=1000 + i, entity="record_version",
                                           id=version["version_id"], op="put", data=version)))
    store.apply_pull_page(changes, cursor=1000 + n, server_epoch="demo-history")
    return n


def settle(runner: TaskRunner, ms: int = 300, limit_s: float = 30.0) -> None:
    """Events until the DB worker is idle, then ``ms`` more for layout and paint."""
    app = QApplication.instance()
    deadline = time.monotonic() + limit_s
    while runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render_reports(out_dir: Path) -> list[Path]:
    app = QApplication.instance()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="champion-report-shots-") as tmp:
        folder = Path(tmp)
        with Store.open(folder / "champion.db") as store:
            prepare_demo(store)
            history(store)
            store.set_states({"role": "coordinator", "display_name": "Demo coordinator"})
        runner = TaskRunner(folder / "champion.db")
        window = MainWindow(runner, demo=True)
        window.resize(*SIZE)
        window.load()
        window.show()
        try:
            settle(runner)
            window.show_page("reports")
            page = window.reports
            page.question.setCurrentIndex(page.question.findData("part2_rating"))
            page.cut.setCurrentIndex(page.cut.findData("contractor"))
            settle(runner)
            written.append(_grab(window, out_dir / "reports.png"))

            page.question.setCurrentIndex(page.question.findData(None))
            page.cut.setCurrentIndex(page.cut.findData(None))
            settle(runner)
            row = [page.satisfaction_table.item(r, 0).text()
                   for r in range(page.satisfaction_table.rowCount())].index(
                "Part 2: operative sent to work done")
            page.table_activated(page.satisfaction_table, row)
            settle(runner, 500)
            dialog = page.drilldown
            dialog.resize(*SIZE)
            dialog.table.selectRow(1)
            settle(runner, 500)
            written.append(_grab(dialog, out_dir / "report_drilldown.png"))
            dialog.close()

            pdf = folder / "scrutiny-pack.pdf"
            done: list[Path] = []
            page.make_pack(pdf, on_done=done.append)
            while not done:
                settle(runner, 100)
            written.append(_pdf_png(pdf, out_dir / "scrutiny_pack.png"))
        finally:
            window.close()
            runner.shutdown()
    app.processEvents()
    return written


def _grab(widget, path: Path) -> Path:
    widget.grab().save(str(path))
    log.info("Wrote %s", path)
    return path


def _pdf_png(pdf: Path, path: Path) -> Path:
    """The pack's first two pages side by side, 768 pixels high (pdftoppm, poppler-utils)."""
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "2", "-scale-to-y", str(SIZE[1]),
                        "-scale-to-x", "-1", str(pdf), str(stem)], check=True)
        pages = sorted(Path(tmp).glob("page*.png"))
        from PySide6.QtGui import QImage, QPainter

        images = [QImage(str(p)) for p in pages]
        canvas = QImage(SIZE[0], SIZE[1], QImage.Format.Format_RGB32)
        canvas.fill(0xD0D4DA)
        painter = QPainter(canvas)
        x = (SIZE[0] - sum(i.width() for i in images) - 16 * (len(images) - 1)) // 2
        for image in images:
            painter.drawImage(x, 0, image)
            x += image.width() + 16
        painter.end()
        canvas.save(str(path))
    log.info("Wrote %s", path)
    return path
