"""The screens of data at rest, offscreen at 1366×768: ``python -m ui.screenshots_security DIR``.

Each scene is a real start of the window on a temporary data folder (never the person's
own), without a keyring so the passphrase screens show; the erasure dialog runs against the
demo server, signed in as the demo coordinator.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from champion_app.store.erase import Unsent
from champion_app.vault import Unlocker
from ui.app import application
from ui.main_window import MainWindow
from ui.screenshots import settle
from ui.security import lock_screen as pages
from ui.security.disconnect import DisconnectFlow
from ui.security.session import SecuritySession, wipe_message
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SIZE = (1366, 768)
PASSPHRASE = "correct horse battery staple"


def wait(condition, limit_s: float = 30.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and not condition():
        app.processEvents()
        time.sleep(0.02)
    if not condition():
        raise TimeoutError("the screen did not get there in time")


class Start:
    """The window started on ``folder`` as the app starts it (locked runner, lock screen)."""

    def __init__(self, folder: Path) -> None:
        self.runner = TaskRunner(folder / "champion.db", folder / "attachments", locked=True)
        self.window = MainWindow(self.runner)
        self.session = SecuritySession(self.window, self.runner, folder / "champion.db",
                                       Unlocker(None), quit_app=lambda: None)
        self.window.security = self.session
        self.window.resize(*SIZE)
        self.window.show()
        self.screen = self.window.lock_screen
        self.session.start()

    def button(self, name: str) -> QPushButton:
        found = self.screen.findChild(QPushButton, name)
        assert found is not None, name
        return found

    def shot(self, path: Path) -> Path:
        settle(self.runner, 200)
        self.window.grab().save(str(path))
        log.info("Wrote %s", path)
        return path

    def close(self) -> None:
        self.window.close()
        self.runner.shutdown()


def lock_scenes(out: Path, folder: Path) -> list[Path]:
    written = []
    first = Start(folder)
    wait(lambda: first.screen.page == pages.NEW_PASSPHRASE)
    first.screen.new_passphrase.setText(PASSPHRASE)
    first.screen.new_passphrase_again.setText(PASSPHRASE[:-2])
    first.button("lockChoosePassphrase").click()  # shows the mismatch, as it would
    first.screen.new_passphrase_again.setText("")
    first.screen.new_passphrase_error.setText("")
    written.append(first.shot(out / "security_new_passphrase.png"))
    first.screen.new_passphrase_again.setText(PASSPHRASE)
    first.button("lockChoosePassphrase").click()
    wait(lambda: first.screen.page == pages.PIN_SETUP)
    first.screen.new_pin.setText("2468")
    written.append(first.shot(out / "security_pin_setup.png"))
    first.screen.new_pin_again.setText("2468")
    first.button("lockSetPin").click()
    wait(lambda: not first.window.is_locked)
    first.session.lock()
    first.screen.pin.setText("13")
    written.append(first.shot(out / "security_idle_lock.png"))
    first.close()

    again = Start(folder)
    wait(lambda: again.screen.page == pages.PASSPHRASE)
    again.screen.passphrase.setText("not the passphrase")
    again.screen.unlock_button.click()
    wait(lambda: bool(again.screen.passphrase_error.text()))
    written.append(again.shot(out / "security_passphrase.png"))
    again.screen.passphrase.setText(PASSPHRASE)
    again.screen.unlock_button.click()
    wait(lambda: not again.window.is_locked)
    again.window.set_locked(True)
    again.screen.show_wiped(wipe_message(Unsent(queued=2, drafts=1, refused=0), remote=True))
    written.append(again.shot(out / "security_wiped.png"))
    flow = DisconnectFlow(again.window, again.runner, None, again.session)
    box, _buttons = flow.build_box(again.window, *flow.question(Unsent(2, 1, 0)))
    again.window.set_locked(False)
    again.window.show_page("sync")
    box.show()
    settle(again.runner, 300)
    path = out / "security_disconnect.png"
    composite(again.window, box).save(str(path))
    written.append(path)
    box.close()
    again.close()
    return written


def composite(window: QWidget, dialog: QWidget):
    """The window with the dialog drawn over its middle (offscreen has no window manager)."""
    from PySide6.QtGui import QPainter

    picture = window.grab()
    dialog.adjustSize()
    shot = dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap((picture.width() - shot.width()) // 2,
                       (picture.height() - shot.height()) // 3, shot)
    painter.end()
    return picture


def erasure_scene(out: Path, tmp: Path) -> list[Path]:
    """The coordinator's erasure dialog after a dry run, against the demo server."""
    from champion_app.demo import prepare_demo
    from champion_app.store import Store
    from sync import connection
    from sync.demo import launch
    from sync.engine import run_sync
    from ui.refdata import RefData
    from ui.security.erasure import ErasureDialog

    champion_dir, office_dir = tmp / "champion", tmp / "office"
    server, code = launch(tmp / "server", port=0, enrol="champion")
    try:
        with Store.open(champion_dir / "champion.db") as laptop:
            prepare_demo(laptop)
            connection.connect(laptop, server.url, code=code, name="demo laptop")
            with connection.client_for(laptop) as client:
                run_sync(laptop, client)
        office = Store.open(office_dir / "champion.db")
        connection.connect(office, server.url, username="demo-coordinator",
                           password="demo-coordinator", name="office")
        with connection.client_for(office) as client:
            run_sync(office, client)
        ref = RefData.load(office)
        office.close()
        runner = TaskRunner(office_dir / "champion.db", office_dir / "attachments")
        window = MainWindow(runner)
        window.resize(*SIZE)
        window._refdata_loaded(ref)
        window.show()
        settle(runner, 300)
        dialog = ErasureDialog(runner, ref, window)
        dialog.by_resident.setChecked(True)
        dialog.phone.setText("07700 900123")
        dialog.find_button.click()
        wait(lambda: dialog.records.count() > 0 or bool(dialog.summary.text()))
        dialog.show()
        settle(runner, 300)
        path = out / "security_erasure.png"
        composite(window, dialog).save(str(path))
        dialog.close()
        window.close()
        runner.shutdown()
        return [path]
    finally:
        server.stop()


def render(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    application()
    saved = os.environ.pop("CHAMPION_PASSPHRASE", None)  # the screens that ask must ask
    try:
        with tempfile.TemporaryDirectory(prefix="champion-shots-") as tmp:
            from champion_app.vault import set_default

            set_default(Unlocker(None, lambda _folder, _new: PASSPHRASE))
            written = lock_scenes(out_dir, Path(tmp) / "data")
            written += erasure_scene(out_dir, Path(tmp))
    finally:
        if saved is not None:
            os.environ["CHAMPION_PASSPHRASE"] = saved
    QApplication.instance().processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    from ui.screenshots import render_command

    return render_command("ui.screenshots_security", "Render the data-at-rest screens.", render, argv)


if __name__ == "__main__":
    sys.exit(main())
