"""What the PyInstaller build leaves out, shared by packaging/fsadesk.spec and the Qt hook overrides
in packaging/pyinstaller-hooks/ (which apply it before PyInstaller follows the plugins' library
dependencies: a plugin dropped after the analysis would leave its libraries behind, e.g. GTK's).

Each rule counts the bytes it drops (before strip), printed and written by the spec to
build/pyinstaller/fsadesk/filter-savings.txt, the figures docs/performance.md records.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os

# (label, glob patterns over the destination path, "/" separators; "*" spans folders here)
DROP_RULES: list[tuple[str, list[str]]] = [
    (
        "Qt Quick/QML, WebEngine, VirtualKeyboard",
        [
            "*Qt6Qml*",
            "*Qt6Quick*",
            "*Qt6WebEngine*",
            "*Qt6VirtualKeyboard*",
            "*Qt6WebChannel*",
            "*Qt6WebSockets*",
            "*/qml/*",
            "*QtWebEngineProcess*",
            "*/resources/qtwebengine*",
            "*Qt6ShaderTools*",
            "*Qt6Labs*",
        ],
    ),
    (
        "Wayland and EGL-device platform integrations",
        [
            "*Qt6Wayland*",
            "*Qt6WlShell*",
            "*/plugins/wayland-*",
            "*/plugins/platforms/libqwayland*",
            "*Qt6EglFS*",
            "*/plugins/egldeviceintegrations/*",
        ],
    ),
    (
        "3D, Multimedia, Network, Pdf, Svg and other unused Qt libraries and plugins",
        [
            "*Qt63D*",
            "*Qt6Multimedia*",
            "*Qt6Network*",
            "*Qt6Pdf*",
            "*Qt6Svg*",
            "*Qt6Sql*",
            "*Qt6Test*",
            "*Qt6Designer*",
            "*Qt6Help*",
            "*Qt6Xml*",
            "*Qt6Bluetooth*",
            "*Qt6Positioning*",
            "*Qt6Location*",
            "*Qt6Sensors*",
            "*Qt6SerialPort*",
            "*Qt6SpatialAudio*",
            "*Qt6TextToSpeech*",
            "*Qt6RemoteObjects*",
            "*Qt6Scxml*",
            "*Qt6StateMachine*",
            "*Qt6Graphs*",
            "*Qt6DataVisualization*",
            "*Qt6Concurrent*",
            "*Qt6PrintSupport*",
            "*Qt6HttpServer*",
            "*Qt6NetworkAuth*",
            "*Qt6Nfc*",
            "*Qt6SerialBus*",
            "*Qt6UiTools*",
            "*/plugins/multimedia/*",
            "*/plugins/sqldrivers/*",
            "*/plugins/tls/*",
            "*/plugins/networkinformation/*",
            "*/plugins/position/*",
            "*/plugins/printsupport/*",
            "*/plugins/qmltooling/*",
            "*/plugins/sceneparsers/*",
            "*/plugins/renderers/*",
            "*/plugins/geometryloaders/*",
            "*/plugins/designer/*",
            "*/plugins/scxmldatamodel/*",
            "*/plugins/texttospeech/*",
            "*/plugins/canbus/*",
            "*/plugins/generic/*",
        ],
    ),
    ("Qt translations other than qtbase_ja/qtbase_en", ["*/Qt/translations/*", "*/translations/qt*.qm"]),
    (
        "image-format plugins other than ICO, icon engines (the icon is PNG; PNG is built into QtGui)",
        ["*/plugins/imageformats/*", "*/plugins/iconengines/*"],
    ),
    (
        "platform plugins other than xcb/offscreen/minimal, the GTK platform theme, input methods",
        [
            "*/plugins/platforms/libqeglfs*",
            "*/plugins/platforms/libqlinuxfb*",
            "*/plugins/platforms/libqvnc*",
            "*/plugins/platforms/libqvkkhrdisplay*",
            "*/plugins/platforms/libqminimalegl*",
            "*/plugins/platformthemes/*",
            "*/plugins/platforminputcontexts/*",
        ],
    ),
]
# Kept although a pattern above matches: what the window, its dialogs and the check actually load.
KEEP: list[str] = [
    "*/translations/qtbase_ja.qm",
    "*/translations/qtbase_en.qm",
    "*/plugins/platforms/libqxcb*",
    "*/plugins/platforms/libqoffscreen*",
    "*/plugins/platforms/libqminimal.*",
    "*/plugins/platforms/qwindows*",
    "*/plugins/platforms/qoffscreen*",
    "*/plugins/platforms/qminimal*",
    "*/plugins/platforms/libqcocoa*",
    "*/plugins/styles/*",
    "*/plugins/imageformats/*qico*",
]

# Libraries of the target system, not copied from the build machine (Linux). Every desktop has them
# (a window cannot open without X11 and fontconfig), and a copy from the build machine can clash
# with the system's (fontconfig reading a newer config, libstdc++ older than the GL driver needs).
# packaging/check-frozen.sh allows exactly these (plus glibc and libGL/libEGL), docs/install.md lists
# them, tests/test_packaging.py keeps the three in step. Only top-level entries: a library a wheel
# vendors (pillow.libs/libxcb-….so) is that wheel's own copy and stays.
SYSTEM_LIBS: list[str] = [
    # X11 and xcb (Qt's xcb platform plugin), keyboard maps
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libXext.so.*",
    "libXrender.so.*",
    "libxcb.so.*",
    "libxcb-*.so.*",
    "libxkbcommon.so.*",
    "libxkbcommon-x11.so.*",
    "libbsd.so.*",
    "libmd.so.*",
    # fonts
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libpng16.so.*",
    "libbrotlicommon.so.*",
    "libbrotlidec.so.*",
    "libexpat.so.*",
    "libz.so.*",
    "libbz2.so.*",
    # GLib (Qt's event loop) and D-Bus (Qt's accessibility and theme) with what they link
    "libglib-2.0.so.*",
    "libgthread-2.0.so.*",
    "libpcre2-8.so.*",
    "libdbus-1.so.*",
    "libsystemd.so.*",
    "libgcrypt.so.*",
    "libgpg-error.so.*",
    "liblz4.so.*",
    "libzstd.so.*",
    "libcap.so.*",
    "liblzma.so.*",
    # the C++ runtime, uuid
    "libstdc++.so.*",
    "libgcc_s.so.*",
    "libuuid.so.*",
]
SYSTEM_LABEL = "libraries every Linux desktop has, used from the system (SYSTEM_LIBS)"

SAVINGS: dict[str, list[int]] = {label: [0, 0] for label, _ in DROP_RULES} | {SYSTEM_LABEL: [0, 0]}


def is_system_lib(dest: str, src: str) -> bool:
    """True (and the bytes counted) for a top-level library the target system provides."""
    dest = dest.replace("\\", "/")
    if "/" in dest or not any(fnmatch.fnmatch(dest, p) for p in SYSTEM_LIBS):
        return False
    with contextlib.suppress(OSError):
        SAVINGS[SYSTEM_LABEL][0] += os.path.getsize(src)
    SAVINGS[SYSTEM_LABEL][1] += 1
    return True


def keep(dest: str, src: str) -> bool:
    """False (and the bytes counted) for a file a rule drops; dest is the path in the bundle."""
    dest = dest.replace("\\", "/")
    if any(fnmatch.fnmatch(dest, p) for p in KEEP):
        return True
    for label, patterns in DROP_RULES:
        if any(fnmatch.fnmatch(dest, p) for p in patterns):
            with contextlib.suppress(OSError):
                SAVINGS[label][0] += os.path.getsize(src)
            SAVINGS[label][1] += 1
            return False
    return True


def filter_hook_entries(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's (source, destination folder) pairs without what the rules drop."""
    return [(src, dest) for src, dest in entries if keep(f"{dest}/{os.path.basename(src)}", src)]


def report() -> str:
    lines = ["left out by packaging/pyi_filters.py (bytes before strip):"]
    for label, (size, count) in SAVINGS.items():
        lines.append(f"  {size / 1e6:6.1f} MB in {count:3d} files  {label}")
    return "\n".join(lines)
