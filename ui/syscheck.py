"""Before Qt opens a window on Linux: are the system libraries its xcb plugin needs there?

On a fresh machine Qt's own message is "Could not load the Qt platform plugin "xcb"" and an
abort, because ``libxcb-cursor0`` or another X11 library is not installed (pip cannot bring
system libraries). This asks the dynamic linker (``ldd``) what the plugin needs and cannot
find, and turns each missing file into the package that provides it, so the person gets the
exact command instead. Nothing here imports Qt: a missing library would stop that import.

    python -m ui.syscheck            # say what is missing and the command; exit 1 if anything is
    python -m ui.syscheck --install  # as root with apt-get (a container, say): install it too

``make run`` runs the second before starting the app; the app itself runs the check too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path

# Debian/Ubuntu package of each library Qt's xcb plugin and QtGui load (and their own needs).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_DLOPEN_ERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def will_use_xcb(environ: dict[str, str] | os._Environ = os.environ,
                 platform: str = sys.platform) -> bool:
    """Whether Qt will try the xcb plugin: Linux, and no other platform chosen or likelier."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # on Wayland, Qt uses its wayland plugin


def missing_libraries(plugin: Path) -> list[str]:
    """The library files ``plugin`` needs (directly or through another) that cannot be found."""
    import ctypes  # here: every start of the window imports this module (ui/cli.py)
    import subprocess

    ldd = shutil.which("ldd")
    if ldd:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
        return sorted(set(_NOT_FOUND.findall(done.stdout)))
    try:  # no ldd: the loader names the first missing one only
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        match = _DLOPEN_ERROR.search(str(exc))
        return [match.group(1)] if match else []
    return []


def debian_package(soname: str) -> str:
    """``libxcb-cursor.so.0`` → ``libxcb-cursor0`` (Debian's rule where the table has none)."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name, version = name.lower(), version.split(".")[0]
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def install_command(missing: list[str]) -> list[str] | None:
    """The command that installs what provides ``missing``, for this system's package tool."""
    if shutil.which("apt-get"):
        packages = sorted({debian_package(name) for name in missing})
        return ["apt-get", "install", "-y", *packages]
    if shutil.which("dnf"):  # Fedora and friends: packages provide their library names
        return ["dnf", "install", "-y", *(f"{name}()(64bit)" for name in missing)]
    return None


def missing_packages(environ: dict[str, str] | os._Environ = os.environ) -> list[str]:
    """Missing library files, when the window would need them; empty when all is well."""
    if not will_use_xcb(environ):
        return []
    plugin = xcb_plugin()
    return missing_libraries(plugin) if plugin else []


def advice(missing: list[str]) -> str:
    """What to tell the person, with the exact command."""
    command = install_command(missing)
    lines = ["Estate Champion cannot open its window yet: this computer is missing system "
             "libraries that Qt (the toolkit that draws the window) needs:",
             *(f"  {name}" for name in missing)]
    if command:
        prefix = "" if os.geteuid() == 0 else "sudo "
        lines += ["Install them with this command (it needs an administrator), then start "
                  "Estate Champion again:", "", f"  {prefix}{' '.join(command)}", ""]
    else:
        lines += ["Install the packages that provide these files with your system's package "
                  "manager, then start Estate Champion again."]
    lines.append("Your records are not affected.")
    return "\n".join(lines)


def install(missing: list[str]) -> bool:
    """Install what is missing, when this may: as root, with apt-get or dnf."""
    import subprocess

    command = install_command(missing)
    if command is None or os.geteuid() != 0:
        return False
    print("Installing the system libraries Qt needs:", " ".join(command), file=sys.stderr)
    if subprocess.run(command, check=False).returncode == 0:
        return True
    if command[0] == "apt-get":  # the package lists may be stale or absent (a new container)
        subprocess.run(["apt-get", "update"], check=False)
        return subprocess.run(command, check=False).returncode == 0
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.syscheck",
                                     description="Check the system libraries Qt's window needs.")
    parser.add_argument("--install", action="store_true",
                        help="install what is missing when running as root (apt-get or dnf)")
    args = parser.parse_args(argv)
    missing = missing_packages()
    if missing and args.install and install(missing):
        missing = missing_packages()
    if missing:
        print(advice(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
