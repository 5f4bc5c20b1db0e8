"""Screens of issue #12 on a small laptop: ``python -m ui.screenshots_fit DIR``.

Each is rendered in its own process, because the screen size and the display scaling
(``QT_SCALE_FACTOR``) are fixed when Qt starts:

* ``post_works_1366.png``: the post-works form, started from a job, on a 1366×768 screen;
* ``today_never_connected_1366.png``: Today on a laptop that has never connected, with a
  draft saved before any estate could be chosen;
* ``my_log_125_1366.png``: My log on a 1366×768 screen at 125 % scaling.

The screens come from `ui.screens.use_screen`, as for the window-fit tests
(tests/ui/fit_probe.py).
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from ui.screens import use_screen

log = logging.getLogger(__name__)


# -- the scenes -------------------------------------------------------------------------------
def post_works(out: Path) -> None:
    from ui import screenshots as shots

    def step(window):
        job = next(j for j in window.ref.jobs if len(j.get("operative_ids") or []) > 1
                   and j.get("home_id"))
        window.start_visit(job)

    shots.render(out.parent, [(out.stem, step)])


def my_log(out: Path) -> None:
    from ui import screenshots as shots

    def step(window):
        window.show_page("log")
        window.log_page.table.selectRow(0)

    shots.render(out.parent, [(out.stem, step)])


def today_never_connected(out: Path) -> None:
    """A laptop fresh from the box: no connection, no estates, one draft typed anyway."""
    from champion_app.records import Draft
    from champion_app.store import Store
    from ui import screenshots as shots
    from ui.app import application, build_window
    from ui.tasks import TaskRunner

    app = application()
    with tempfile.TemporaryDirectory(prefix="champion-fresh-") as tmp:
        db = Path(tmp) / "champion.db"
        with Store.open(db) as store:
            store.save_draft(Draft(kind="doorstep", payload={
                "topics": ["lighting"], "place_description": "Mill Street, by the Co-op",
                "what_was_said": "Two street lights out since the weekend."}))
        runner = TaskRunner(db, Path(tmp) / "attachments")
        window = build_window(runner, demo=False)
        window.show_fitted()
        try:
            shots.settle(runner, 400)
            window.show_page("today")
            shots.settle(runner, 200)
            window.grab().save(str(out))
            log.info("Wrote %s", out)
        finally:
            window.close()
            runner.shutdown()
    app.processEvents()


SCENES = {
    "post_works_1366": (post_works, 1366, 768, None),
    "today_never_connected_1366": (today_never_connected, 1366, 768, None),
    "my_log_125_1366": (my_log, 1366, 768, 1.25),
}


def render_all(out_dir: Path) -> list[Path]:
    """Each scene in a process of its own (its screen and scaling)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCENES:
        path = out_dir / f"{name}.png"
        subprocess.run([sys.executable, "-m", "ui.screenshots_fit", str(out_dir),
                        "--scene", name], check=True)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots_fit",
                                     description="Render the small-laptop screens.")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--scene", choices=sorted(SCENES), help="only this one, here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    from ui.screenshots import unlock_sample_folders

    unlock_sample_folders()  # the sample data's folders are encrypted too
    if args.scene is None:
        render_all(args.out_dir)
        return 0
    scene, width, height, scale = SCENES[args.scene]
    use_screen(width, height, scale)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    scene(args.out_dir / f"{args.scene}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
