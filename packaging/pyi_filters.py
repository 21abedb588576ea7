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


# --- Python modules left out after the analysis (issue #13, round 2) -----------------------------
# Codecs: Python's encodings package is collected whole (any codec can be named by a string). The
# package keeps the Unicode ones, the Japanese ones (Shift_JIS/cp932/EUC-JP/ISO-2022-JP: members'
# CSV and text files), ASCII/Latin-1/cp1252 (reportlab's WinAnsi, psycopg's LATIN1/WIN1252),
# mac_roman (reportlab's standard-font encoding), cp437 (zipfile's names without the UTF-8 flag),
# idna/punycode, the byte transforms (base64, hex, quopri, zlib, bz2, uu, rot13) and Windows' own.
# Left out: other languages' code pages (Chinese, Korean, Cyrillic, Greek, Arabic, Hebrew, Thai,
# EBCDIC, …), which no file fsadesk reads or writes uses; naming one then fails as an unknown
# encoding (LookupError), as it would for any name Python does not know.
KEEP_ENCODINGS: set[str] = {
    "__init__",
    "aliases",
    "ascii",
    "charmap",
    "latin_1",
    "iso8859_1",
    "cp1252",
    "mac_roman",
    "cp437",
    "utf_8",
    "utf_8_sig",
    "utf_7",
    "utf_16",
    "utf_16_be",
    "utf_16_le",
    "utf_32",
    "utf_32_be",
    "utf_32_le",
    "unicode_escape",
    "raw_unicode_escape",
    "undefined",
    "idna",
    "punycode",
    "cp932",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
    "base64_codec",
    "hex_codec",
    "quopri_codec",
    "zlib_codec",
    "bz2_codec",
    "uu_codec",
    "rot_13",
    "mbcs",
    "oem",
}
# The C codecs of the languages left out (iso2022_jp_2 needs _codecs_iso2022 and _codecs_jp only:
# its Korean and Chinese parts import lazily and fail as an unknown encoding would).
DROP_EXTENSIONS: list[str] = ["_codecs_cn", "_codecs_hk", "_codecs_kr", "_codecs_tw"]
# Pillow: reportlab imports PIL.Image at import time (so Pillow and its C core stay), but fsadesk's
# PDFs and workbooks hold no pictures, so no image is ever opened or saved: the format plugins
# (Image.preinit/init import them lazily and skip one that is missing) and the image-editing
# modules are never loaded.
KEEP_PIL: set[str] = {
    "PIL",
    "PIL.Image",
    "PIL.ImageFile",
    "PIL.ImagePalette",
    "PIL.ImageColor",
    "PIL.ImageMode",
    "PIL.ExifTags",
    "PIL.TiffTags",
    "PIL._binary",
    "PIL._deprecate",
    "PIL._util",
    "PIL._version",
    "PIL._typing",
    "PIL.features",
    "PIL._imaging",
}
MODULES_LABEL = "other languages' codecs and Pillow's image-format plugins (KEEP_ENCODINGS, KEEP_PIL)"
SAVINGS[MODULES_LABEL] = [0, 0]


def module_name(dest: str) -> str | None:
    """The module a collected file is (encodings/cp1251.pyc, python3.11/lib-dynload/_codecs_cn.….so,
    PIL/_imaging.….so), or None for a file that is no module."""
    dest = dest.replace("\\", "/")
    folder, _, base = dest.rpartition("/")
    if base.endswith(".pyc"):
        stem = base[: -len(".pyc")]
    elif base.endswith((".so", ".pyd")) and ("cpython-" in base or "abi3" in base or base.endswith(".pyd")):
        stem = base.split(".", 1)[0]
    else:
        return None
    if folder.startswith("python3") and folder.endswith("lib-dynload"):
        folder = ""
    parts = [p for p in folder.split("/") if p] + ([] if stem == "__init__" else [stem])
    return ".".join(parts)


def keep_module(name: str | None, src: str) -> bool:
    """False (and the bytes counted) for a Python module or extension left out by the rules above."""
    if not name:
        return True
    parts = name.split(".")
    drop = (
        (parts[0] == "encodings" and len(parts) == 2 and parts[1] not in KEEP_ENCODINGS)
        or (parts[0] == "PIL" and name not in KEEP_PIL)
        or parts[-1] in DROP_EXTENSIONS
    )
    if drop:
        with contextlib.suppress(OSError):
            SAVINGS[MODULES_LABEL][0] += os.path.getsize(src)
        SAVINGS[MODULES_LABEL][1] += 1
    return not drop
