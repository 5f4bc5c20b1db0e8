"""A fresh machine without Qt's X11 libraries gets the command that installs them.

The missing library is real: a small shared library built here with the C compiler needs
another that is deleted before ``ldd`` looks, exactly as Qt's xcb plugin needs
``libxcb-cursor.so.0`` on a machine without ``libxcb-cursor0``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from ui import cli, syscheck


@pytest.fixture
def plugin_missing_a_library(tmp_path) -> Path:
    """``libqfake.so`` linked against ``libxcb-champion.so.0``, which is then removed."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd to build a plugin with a missing library")
    (tmp_path / "dep.c").write_text("int champion_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int champion_dep(void);\n"
                                       "int plugin(void) { return champion_dep(); }\n")
    dep = tmp_path / "libxcb-champion.so.0"
    subprocess.run([compiler, "-shared", "-fPIC", "-Wl,-soname,libxcb-champion.so.0",
                    "-o", str(dep), str(tmp_path / "dep.c")], check=True)
    plugin = tmp_path / "libqfake.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(dep)], check=True)
    dep.unlink()
    return plugin


def test_a_missing_library_is_found_by_the_dynamic_linker(plugin_missing_a_library):
    assert syscheck.missing_libraries(plugin_missing_a_library) == ["libxcb-champion.so.0"]


def test_this_machines_qt_plugin_has_everything_it_needs():
    plugin = syscheck.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    assert syscheck.missing_libraries(plugin) == []


def test_each_library_maps_to_the_package_that_provides_it():
    assert syscheck.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert syscheck.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert syscheck.debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    # Debian's rule where the table has nothing: a digit at the end takes a hyphen.
    assert syscheck.debian_package("libxcb-champion.so.0") == "libxcb-champion0"
    assert syscheck.debian_package("libfoo2.so.5") == "libfoo2-5"


@pytest.mark.parametrize("environ, platform, expected", [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_a_window_on_x11_is_checked(environ, platform, expected):
    assert syscheck.will_use_xcb(environ, platform) is expected


def test_the_advice_names_the_files_and_the_exact_command(monkeypatch):
    monkeypatch.setattr(syscheck.shutil, "which",
                        lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    text = syscheck.advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "libxcb-cursor.so.0" in text
    assert "apt-get install -y libxcb-cursor0 libxcb-icccm4" in text
    assert "Your records are not affected." in text


def test_champion_app_stops_with_the_command_instead_of_qts_plugin_error(
        plugin_missing_a_library, monkeypatch, capsys):
    monkeypatch.setattr(syscheck, "xcb_plugin", lambda: plugin_missing_a_library)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert cli.run_gui(argparse.Namespace()) == 2
    err = capsys.readouterr().err
    assert "cannot open its window yet" in err
    if shutil.which("apt-get"):
        assert "apt-get install -y libxcb-champion0" in err
    assert syscheck.main([]) == 1  # what `make run` runs first


def test_nothing_missing_means_nothing_said(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert syscheck.main([]) == 0
    assert capsys.readouterr().err == ""


def test_a_machine_without_libxcb_cursor0_is_told_how_to_install_it(tmp_path):
    """The real thing, where the system allows it: in a private mount namespace (nothing
    outside this test sees it) the system library folder loses libxcb-cursor.so.0, as on a
    fresh machine; ``champion-app`` then prints the command and exits 2 before Qt starts."""
    libdir = Path("/usr/lib/x86_64-linux-gnu")
    unshare = shutil.which("unshare")
    if unshare is None or not (libdir / "libxcb-cursor.so.0").exists():
        pytest.skip("needs unshare and a Debian-style libxcb-cursor0 to hide")
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir()
    work.mkdir()
    app = Path(cli.__file__).resolve().parents[1] / ".venv" / "bin" / "champion-app"
    if not app.exists():
        pytest.skip("needs the project's .venv")
    script = (f"mount -t overlay overlay -o lowerdir={libdir},upperdir={upper},workdir={work} "
              f"{libdir} || exit 97; rm -f {libdir}/libxcb-cursor.so.0*; "
              f"QT_QPA_PLATFORM=xcb {app} --data-dir {tmp_path / 'data'}")
    done = subprocess.run([unshare, "--mount", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)
    if done.returncode == 97 or "unshare failed" in done.stderr:
        pytest.skip(f"this system does not allow a private mount namespace: {done.stderr}")
    assert done.returncode == 2, done.stderr
    assert "libxcb-cursor.so.0" in done.stderr
    assert "apt-get install -y libxcb-cursor0" in done.stderr
    assert "Qt platform plugin" not in done.stderr
