"""Start the real app exactly as ``champion-app`` does, and report when it is shown and idle.

    python -m bench.app_probe startup --data-dir DIR   # print "BENCH_IDLE <monotonic>" and quit
    python -m bench.app_probe memory --data-dir DIR    # also visit every page, print peak RSS
    python -m bench.app_probe bare                     # a bare PySide6 window, same markers

The app has no benchmark hook of its own yet, so this wraps ``MainWindow.show`` (a class
attribute, so the app's own call goes through it) as soon as the app imports
``ui.main_window``, and hands over to ``ui.cli.main`` — the same code path, CLI parsing,
imports in the same order and all, as ``champion-app``.
docs/benchmarks.md ("Hooks") describes the hook the app could carry instead.

"Idle" means: the window is visible, every page is built (the app builds them in steps
after its first paint, ui/startup.py), the task runner has nothing queued or running (the
first loads of every page are done), and a zero-length timer has fired after that, so no
posted event was still waiting. The time printed is ``time.monotonic()``, the same clock the
parent read just before spawning this process.

"Interactive input" (BENCH_INPUT): at the first paint a key press (F35, which nothing in the
app uses) is posted to the window, as a keyboard would; the mark is printed when the UI
thread handles it. Until idle, a 5 ms timer also measures the UI thread's longest stall
(BENCH_STALL_MS): how late the timer fired at worst, the longest a key press would have
waited at any moment of the start.
"""

from __future__ import annotations

import os
import resource
import sys
import time

POLL_MS = 2


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _leave() -> None:
    """Quit at once: what is measured is over, and PySide6 can abort while tearing down at
    interpreter exit (a refcount bug in its finalisation), which would look like a crash."""
    sys.stdout.flush()
    os._exit(0)


def _when_idle(is_idle, then) -> None:
    from PySide6.QtCore import QTimer

    def check() -> None:
        if is_idle():
            # One more zero timer: anything posted by the last callback runs first.
            QTimer.singleShot(0, lambda: then() if is_idle() else _when_idle(is_idle, then))
        else:
            QTimer.singleShot(POLL_MS, check)

    QTimer.singleShot(0, check)


SCROLL_STOPS = 20


def _scroll_log(window, idle, done) -> None:
    """Scroll My log from top to bottom in SCROLL_STOPS jumps, letting each screen's rows
    load: the model's row cache fills as it would for someone looking through the log."""
    from PySide6.QtCore import QTimer

    bar = window.log_page.table.verticalScrollBar()

    def stop(i: int) -> None:
        if i > SCROLL_STOPS:
            done()
            return
        bar.setValue(bar.maximum() * i // SCROLL_STOPS)
        # A moment for the view to paint (which asks for the rows) before waiting for idle.
        QTimer.singleShot(20, lambda: _when_idle(idle, lambda: stop(i + 1)))

    stop(0)


def _idle(window) -> bool:
    """Visible, every page built, nothing queued or running on the task runner."""
    runner = getattr(window, "runner", None)
    return (window.isVisible() and runner is not None
            and getattr(window, "pages_ready", True) and not runner.busy)


def _visit_pages(window, done) -> None:
    """Show each page in turn (My log, and reports when the app has them), idle each time;
    on My log, scroll through it too."""
    keys = list(window.pages)
    idle = lambda: _idle(window)  # noqa: E731

    def step(i: int) -> None:
        if i == len(keys):
            done()
            return
        window.show_page(keys[i])
        after = lambda: step(i + 1)  # noqa: E731
        if keys[i] == "log" and hasattr(window, "log_page"):
            _when_idle(idle, lambda: _scroll_log(window, idle, after))
        else:
            _when_idle(idle, after)

    step(0)


def _arm(window, mode: str) -> None:
    idle = lambda: _idle(window)  # noqa: E731
    stalls = _StallMeter()

    def shown_and_idle() -> None:
        print(f"BENCH_IDLE {time.monotonic():.6f}", flush=True)
        print(f"BENCH_STALL_MS {stalls.stop():.1f}", flush=True)
        if mode == "memory":
            def report() -> None:
                print(f"BENCH_PAGES {' '.join(window.pages)}", flush=True)
                print(f"BENCH_RSS_MB {_peak_rss_mb():.1f}", flush=True)
                _leave()
            _visit_pages(window, report)
        else:
            _leave()

    _when_idle(idle, shown_and_idle)


STALL_TICK_MS = 5


class _StallMeter:
    """A repeating 5 ms timer from now on: the longest it fired late is the UI thread's
    longest stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(STALL_TICK_MS)

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, (now - self._last) * 1000 - STALL_TICK_MS)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(self.worst, 0.0)


def _watch_input(window) -> None:
    """Print BENCH_INPUT when the window's UI thread handles the posted key press."""
    from PySide6.QtCore import QEvent, QObject, Qt

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F35:
                print(f"BENCH_INPUT {time.monotonic():.6f}", flush=True)
                window.removeEventFilter(self)
                return True
            return False

    window._bench_watch = Watch(window)
    window.installEventFilter(window._bench_watch)


def _mark_first_paint(window) -> None:
    """Print BENCH_PAINT at the first turn of the event loop after ``show``: when a real
    display draws the window (its expose event). Offscreen Qt sends a plain window no paint
    event at all, so the turn of the loop is the mark both windows share. Then post a key
    press to the window (BENCH_INPUT when it is handled)."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    _watch_input(window)

    def painted() -> None:
        print(f"BENCH_PAINT {time.monotonic():.6f}", flush=True)
        QCoreApplication.postEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F35,
                                                     Qt.KeyboardModifier.NoModifier))

    QTimer.singleShot(0, painted)


def _bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Estate Champion"))
    window.resize(1280, 800)
    window.show()
    _mark_first_paint(window)
    stalls = _StallMeter()

    def idle() -> None:
        print(f"BENCH_IDLE {time.monotonic():.6f}", flush=True)
        print(f"BENCH_STALL_MS {stalls.stop():.1f}", flush=True)
        print(f"BENCH_RSS_MB {_peak_rss_mb():.1f}", flush=True)
        _leave()

    # Idle once the key press posted at the first paint is handled too (it is at once).
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
    return app.exec()


class _AfterImport:
    """A meta path finder that calls ``fn(module)`` once ``name`` has been imported, so the
    probe can hook the app's classes without importing them (and PySide6) itself: the app
    then imports everything in its own order, as ``champion-app`` does."""

    def __init__(self, name: str, fn) -> None:
        self.name, self.fn = name, fn

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None
        exec_module, fn = spec.loader.exec_module, self.fn

        def exec_then_hook(module) -> None:
            exec_module(module)
            fn(module)

        spec.loader.exec_module = exec_then_hook  # type: ignore[method-assign]
        return spec


def _after_import(name: str, fn) -> None:
    sys.meta_path.insert(0, _AfterImport(name, fn))


def main() -> int:
    mode, argv = sys.argv[1], sys.argv[2:]
    if mode == "bare":
        return _bare()

    def hooked(original):
        def show(self) -> None:
            original(self)
            if getattr(self, "_bench_shown", False):
                return
            self._bench_shown = True
            _mark_first_paint(self)
            # Shown, before any first load has come back: splits imports + window from DB
            # work.
            print(f"BENCH_SHOWN {time.monotonic():.6f}", flush=True)
            _arm(self, mode)
        return show

    def hook_window(main_window) -> None:
        # The app shows its window with show(), or showMaximized() when the screen is
        # smaller than the window's size (MainWindow.show_fitted; offscreen, every start).
        main_window.MainWindow.show = hooked(main_window.MainWindow.show)
        main_window.MainWindow.showMaximized = hooked(main_window.MainWindow.showMaximized)

    _after_import("ui.main_window", hook_window)
    if os.environ.get("BENCH_ENCRYPTED", "1") == "0":
        # The unencrypted baseline (bench/bench_encryption.py): the lock screen hands the
        # store no key, so it opens the plain file as the app did before encryption.
        def plain(session) -> None:
            from champion_app.vault.keys import UNENCRYPTED

            session.SecuritySession._find_key = lambda self: UNENCRYPTED

        _after_import("ui.security.session", plain)
    os.environ.setdefault("CHAMPION_LOG_LEVEL", "WARNING")
    from ui.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
