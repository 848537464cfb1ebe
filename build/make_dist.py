#!/usr/bin/env python3
"""Build the desktop bundle: dist/OpioidRef/ (one folder, windowed) and an archive beside it.

    .venv/bin/python build/make_dist.py              bundle + archive (.tar.gz on Linux, else .zip)
    .venv/bin/python build/make_dist.py --self-test  ... then unpack it and run its self-test
    .venv/bin/python build/make_dist.py --hello      the yardstick: dist/HelloQt/ (hello.spec)

Needs PyInstaller in the venv (`pip install -e ".[build]"`). Work files go to build/work/.
The two spec files import this module for what they share: which parts of Qt a widgets app
needs (`slim`). A bundle cannot be cross-built: build on each operating system for itself.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
DIST = ROOT / "dist"
WORK = BUILD / "work"
APP_NAME = "OpioidRef"
HELLO_NAME = "HelloQt"

# --- what of Qt a widgets app needs (shared by opioidref.spec and hello.spec) --------------------

KEEP_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # group: fragments of the plugin file names to keep (None: all of the group)
    "platforms": ("xcb", "wayland", "offscreen", "windows", "cocoa"),
    "platformthemes": ("xdgdesktopportal",),  # not gtk3: it drags in cairo, pango and gdk
    "platforminputcontexts": None,  # compose (dead keys) and ibus (input methods)
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "imageformats": ("svg", "jpeg", "gif", "ico"),
    "iconengines": None,
    "printsupport": None,
    "styles": None,  # the Windows and macOS native styles
}
"""Everything else is dropped: eglfs, linuxfb, vnc, evdev input, GL integrations, TLS and
network information, SQL drivers, QML tooling. Qt's own translations are dropped too, but for
those of its dialogs in the app's other languages (KEEP_QT_TRANSLATIONS)."""

KEEP_QT_TRANSLATIONS = ("qtbase_es.qm",)
"""Qt's translation of its own dialogs (buttons, print and file dialogs) for the Spanish edition."""

FROM_THE_SYSTEM = ("libcups.so.2",)
"""Libraries left to the system, like libGL: CUPS is there wherever printing is set up, and
bundling it brings GnuTLS, Kerberos and Avahi (about 8 MB). Without it, Qt's print dialog
offers only printing to a PDF file."""

def _qt_part(dest: str) -> tuple[str, ...] | None:
    """The path of a bundled file inside Qt's own folder (PySide6/Qt/ on Linux and macOS,
    PySide6/ on Windows), e.g. ("plugins", "platforms", "libqxcb.so"); None outside PySide6."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts[:1] != ("PySide6",):
        return None
    return parts[2:] if parts[1:2] == ("Qt",) else parts[1:]


def keep_file(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its path in the bundle) is worth shipping."""
    if PurePosixPath(dest.replace("\\", "/")).name in FROM_THE_SYSTEM:
        return False
    part = _qt_part(dest)
    if part is None:
        return True
    if part[:1] == ("translations",):  # Qt's own words only, in the app's languages
        return part[-1] in KEEP_QT_TRANSLATIONS
    if part[:1] == ("plugins",) and len(part) >= 3:
        wanted = KEEP_PLUGINS.get(part[1], ())
        return wanted is None or any(fragment in part[-1] for fragment in wanted)
    return True


def _linked_names(path: str) -> set[str]:
    """The libraries an ELF file names as NEEDED: its direct links only (ldd, which
    PyInstaller uses, lists the whole tree as the build machine resolves it)."""
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                          check=True).stdout
    return {line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")}


def _link_target(entry: tuple) -> str:
    """The bundle path a SYMLINK entry points at (its source is relative to its own folder)."""
    dest, src, _kind = entry
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")),
                                             src.replace("\\", "/")))


def prune_unlinked(binaries: list[tuple]) -> list[tuple]:
    """Drop shared libraries that nothing kept links to any more (e.g. cairo once the gtk3
    theme is gone). Roots: Python extensions, Qt plugins and libpython (which the bootloader
    loads). Linux only: elsewhere library names in imports and in the bundle differ."""
    if not sys.platform.startswith("linux"):
        return binaries

    def is_root(entry: tuple) -> bool:
        dest, _src, kind = entry
        part = _qt_part(dest)
        return kind == "EXTENSION" or (part is not None and part[:1] == ("plugins",)) or \
            Path(dest).name.startswith("libpython")

    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_name: dict[str, list[tuple]] = {}
    for entry in files:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    todo = [entry for entry in files if is_root(entry)]
    wanted = {entry[0] for entry in todo}
    while todo:
        for name in _linked_names(todo.pop()[1]):
            for dep in by_name.get(name, ()):
                if dep[0] not in wanted:
                    wanted.add(dep[0])
                    todo.append(dep)
    return [entry for entry in binaries if entry[2] == "SYMLINK" or entry[0] in wanted]


def slim(binaries: list[tuple], datas: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """The spec files' filter: unused Qt plugins and translations out, then the libraries
    only they used, then symbolic links left pointing at nothing."""
    binaries = prune_unlinked([entry for entry in binaries if keep_file(entry[0])])
    datas = [entry for entry in datas if keep_file(entry[0])]
    shipped = {entry[0].replace("\\", "/") for entry in binaries + datas if entry[2] != "SYMLINK"}

    def dangling(entry: tuple) -> bool:
        return entry[2] == "SYMLINK" and _link_target(entry) not in shipped

    return ([e for e in binaries if not dangling(e)], [e for e in datas if not dangling(e)])


EXCLUDES = ["tkinter", "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick",
            "PySide6.QtOpenGL"]
"""Python modules no widgets app here imports, though PyInstaller's analysis of PySide6 finds
them (QtNetwork alone brings OpenSSL and Kerberos)."""

STRIP = sys.platform.startswith("linux")
"""Strip symbols from binaries (libpython alone carries ~18 MB of them); Linux only, as
PyInstaller advises against it on Windows and macOS signs its binaries."""

# --- building ----------------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"[make_dist] {message}", flush=True)


def pyinstaller(spec: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is missing: run `.venv/bin/python -m pip install -e ".[build]"`.')
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        sys.exit("objdump is missing (it reads which libraries each one links): install binutils.")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--workpath", str(WORK / spec.stem),
                    "--distpath", str(DIST), str(spec)], cwd=ROOT, check=True)


def bundle_dir(name: str = APP_NAME) -> Path:
    """The folder a user unpacks (on macOS, the .app)."""
    app = DIST / f"{name}.app"
    return app if sys.platform == "darwin" and app.is_dir() else DIST / name


def executable(name: str = APP_NAME) -> Path:
    if sys.platform == "darwin" and (DIST / f"{name}.app").is_dir():
        return DIST / f"{name}.app" / "Contents" / "MacOS" / name
    return DIST / name / (f"{name}.exe" if os.name == "nt" else name)


def add_desktop_files(folder: Path) -> None:
    """Linux: the freedesktop files in the bundle's share/, laid out as under ~/.local/share:
    copying share/ there (and the executable onto PATH) puts OpioidRef in the menus."""
    icons, desktop = ROOT / "resources" / "icons", ROOT / "resources" / "desktop"
    share = folder / "share"
    app_id = "org.opioidref.OpioidRef"
    targets = {desktop / f"{app_id}.desktop": share / "applications" / f"{app_id}.desktop",
               desktop / f"{app_id}.metainfo.xml": share / "metainfo" / f"{app_id}.metainfo.xml",
               icons / "opioidref.svg": share / "icons/hicolor/scalable/apps" / f"{app_id}.svg"}
    for png in icons.glob("opioidref-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        targets[png] = share / f"icons/hicolor/{size}x{size}/apps" / f"{app_id}.png"
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def folder_size(path: Path) -> int:
    """Bytes in a folder's files (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    import platform

    systems = {"linux": "linux", "win32": "windows", "darwin": "macos"}
    system = systems.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def make_archive(folder: Path) -> Path:
    """dist/OpioidRef-<version>-<os>-<machine>.tar.gz on Linux (permissions and symbolic links
    kept), .zip elsewhere (made by `ditto` on macOS, which keeps the .app's links and
    signatures); the archive's one top folder is the bundle."""
    sys.path.insert(0, str(ROOT))
    from app import __version__

    stem = f"{APP_NAME}-{__version__}-{platform_tag()}"
    if sys.platform.startswith("linux"):
        target = DIST / f"{stem}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return target
    target = DIST / f"{stem}.zip"
    target.unlink(missing_ok=True)
    if sys.platform == "darwin":
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(target)], check=True)
        return target
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder.parent).as_posix())
    return target


def unpack(archive: Path, into: Path) -> Path:
    """Unpack an archive as a user would; returns the bundle's executable in it."""
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="data")
    elif sys.platform == "darwin":
        subprocess.run(["ditto", "-x", "-k", str(archive), str(into)], check=True)
    else:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(into)
    return into / executable().relative_to(DIST)


def bundle_self_test(exe: Path) -> int:
    """Run a bundle's self-test with a scratch user folder (offscreen unless told otherwise)
    and print its report. The report comes through a file: a windowed executable has no
    console on Windows."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPIOIDREF_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="opioidref-dist-") as home:
        env["OPIOIDREF_HOME"] = home
        report = Path(home) / "self-test.txt"
        code = subprocess.call([str(exe), "--self-test", "--output", str(report)], env=env,
                               cwd=home, stdout=subprocess.DEVNULL)
        print(report.read_text(encoding="utf-8") if report.is_file() else "(no report was written)",
              end="", flush=True)
    return code


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hello", action="store_true",
                        help="build the hello-world yardstick instead")
    parser.add_argument("--self-test", action="store_true",
                        help="unpack the archive and run the bundle's self-test")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive")
    args = parser.parse_args(argv)
    name, spec = ((HELLO_NAME, BUILD / "hello.spec") if args.hello
                  else (APP_NAME, BUILD / "opioidref.spec"))
    started = time.perf_counter()
    for old in (DIST / name, DIST / f"{name}.app"):
        if old.exists():
            shutil.rmtree(old)
    say(f"building {name} with {spec.relative_to(ROOT)}")
    pyinstaller(spec)
    folder = bundle_dir(name)
    if sys.platform.startswith("linux") and not args.hello:
        add_desktop_files(folder)
    say(f"{folder.relative_to(ROOT)}: {folder_size(folder) / 2**20:.1f} MiB "
        f"in {time.perf_counter() - started:.0f} s")
    archive = None
    if not args.hello and not args.no_archive:
        archive = make_archive(folder)
        say(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.1f} MiB")
    if args.self_test and not args.hello:
        with tempfile.TemporaryDirectory(prefix="opioidref-unpacked-") as scratch:
            exe = unpack(archive, Path(scratch)) if archive else executable(name)
            say(f"self-test of {exe}" + (f" (unpacked from {archive.name})" if archive else ""))
            code = bundle_self_test(exe)
        if code != 0:
            say(f"the bundle's self-test failed (exit {code})")
            return code
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(f"[make_dist] this step failed (exit {exc.returncode}): "
                 + " ".join(str(part) for part in exc.cmd))
