"""The package's lists agree: what the build leaves to the system (packaging/pyi_filters.py
SYSTEM_LIBS), what packaging/check-frozen.sh allows, and what docs/install.md tells users; and the
filters keep what the app loads (the frozen program itself is checked by check-frozen.sh in CI)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))

import pyi_filters  # noqa: E402


def _allowed_in_check_script() -> set[str]:
    text = (REPO / "packaging" / "check-frozen.sh").read_text(encoding="utf-8")
    block = text.split("ALLOWED=(", 1)[1].split("\n)", 1)[0]
    block = "\n".join(line.split("#", 1)[0] for line in block.splitlines())
    return set(re.findall(r'"([^"]+)"', block))


def test_every_library_left_to_the_system_is_allowed_by_the_check_and_documented():
    allowed = _allowed_in_check_script()
    assert set(pyi_filters.SYSTEM_LIBS) <= allowed
    for doc in ("install.md", "install.ja.md"):
        text = (REPO / "docs" / doc).read_text(encoding="utf-8")
        missing = [name for name in allowed if f"`{name}`" not in text]
        assert missing == [], f"docs/{doc} does not list {missing}"


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/styles/libqmodernwindowsstyle.so",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
    ],
)
def test_the_filters_keep_what_the_app_loads(dest):
    assert pyi_filters.keep(dest, "/nonexistent")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtwebengine_ja.qm",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
    ],
)
def test_the_filters_drop_what_it_never_loads(dest):
    assert not pyi_filters.keep(dest, "/nonexistent")


def test_only_top_level_system_libraries_are_left_to_the_system():
    assert pyi_filters.is_system_lib("libX11.so.6", "/nonexistent")
    # a wheel's own vendored copy stays in the package
    assert not pyi_filters.is_system_lib("pillow.libs/libxcb-9065bb12.so.1.1.0", "/nonexistent")
    assert not pyi_filters.is_system_lib("libpython3.11.so.1.0", "/nonexistent")
    assert not pyi_filters.is_system_lib("libsqlite3.so.0", "/nonexistent")


def test_the_desktop_entry_points_at_the_unpacked_folder(tmp_path):
    """install-desktop-entry.sh (shipped beside the Linux executable) writes the user's menu entry
    with the folder's own path, quoted, however odd the folder's name."""
    import shutil
    import subprocess

    folder = tmp_path / "試験 フォルダ" / "a&b|c"
    folder.mkdir(parents=True)
    for name in ("fsadesk.desktop", "install-desktop-entry.sh"):
        shutil.copy(REPO / "packaging" / "linux" / name, folder / name)
    data_home = tmp_path / "share"
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], check=True, env=env, capture_output=True)
    entry = (data_home / "applications" / "fsadesk.desktop").read_text(encoding="utf-8").splitlines()
    assert f'Exec="{folder}/fsadesk"' in entry
    assert f"Icon={folder}/fsadesk.png" in entry
    assert "Name[ja]=fsadesk サイバーセキュリティ自己評価" in entry


def test_icu_keeps_japanese_and_english_and_drops_the_rest():
    import trim_icu

    kept = ["root.res", "ja.res", "en.res", "res_index.res", "pool.res", "coll/ja.res", "coll/root.res",
            "coll/ucadata.icu", "likelySubtags.res", "cnvalias.icu", "uts46.nrm", "ibm-943_P15A-2003.cnv"]  # fmt: skip
    dropped = ["de.res", "zh_Hant.res", "coll/de.res", "lang/ja.res", "zone/en.res", "brkitr/cjdict.dict",
               "translit/root.res", "gb18030.cnv", "curr/ja.res"]  # fmt: skip
    assert [item for item in kept if not trim_icu.keep(item)] == []
    assert [item for item in dropped if trim_icu.keep(item)] == []


@pytest.mark.parametrize(
    "dest",
    [
        "encodings/utf_8.pyc", "encodings/cp932.pyc", "encodings/shift_jis.pyc", "encodings/euc_jp.pyc",
        "encodings/iso2022_jp.pyc", "encodings/latin_1.pyc", "encodings/cp1252.pyc", "encodings/cp437.pyc",
        "encodings/mac_roman.pyc", "encodings/utf_16_be.pyc", "encodings/idna.pyc", "encodings/__init__.pyc",
        "encodings/aliases.pyc", "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
        "python3.11/lib-dynload/_codecs_iso2022.cpython-311-x86_64-linux-gnu.so",
        "PIL/Image.pyc", "PIL/__init__.pyc", "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
        "PIL/ImageFile.pyc", "fsadesk/report/pdf_fonts.pyc", "reportlab/lib/utils.pyc",
    ],
)  # fmt: skip
def test_the_module_filter_keeps_the_codecs_and_pillow_parts_the_app_uses(dest):
    assert pyi_filters.keep_module(pyi_filters.module_name(dest), "/nonexistent")


@pytest.mark.parametrize(
    "dest",
    [
        "encodings/cp1251.pyc", "encodings/gb2312.pyc", "encodings/euc_kr.pyc", "encodings/big5.pyc",
        "python3.11/lib-dynload/_codecs_cn.cpython-311-x86_64-linux-gnu.so",
        "python3.11/lib-dynload/_codecs_kr.cpython-311-x86_64-linux-gnu.so",
        "PIL/PngImagePlugin.pyc", "PIL/TiffImagePlugin.pyc", "PIL/PdfParser.pyc",
    ],
)  # fmt: skip
def test_the_module_filter_drops_other_languages_codecs_and_image_plugins(dest):
    assert not pyi_filters.keep_module(pyi_filters.module_name(dest), "/nonexistent")


def test_the_subset_fallback_font_draws_exactly_what_the_full_one_drew(tmp_path):
    """Each character goes to the same font of the report's chain with the package's Ume subset as
    with the full font, and reportlab reads the subset."""
    pytest.importorskip("fontTools")  # the `test` and `package` extras both have it
    import subset_fallback_font as sub
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont

    fonts = REPO / "resources" / "fonts"
    target = tmp_path / sub.UME
    kept, before, after = sub.subset_ume(fonts / sub.UME, fonts, target)
    assert after < before / 3

    def first_font(code: int, ume: set[int]) -> str | None:
        chain = zip([*sub.BEFORE, sub.UME], [*earlier, ume], strict=True)
        return next((name for name, chars in chain if code in chars), None)

    earlier = [sub.codepoints(fonts / name) for name in sub.BEFORE]
    full, subset = sub.codepoints(fonts / sub.UME), sub.codepoints(target)
    assert len(subset) >= kept > 3000  # JIS X 0213's level 3 and 4 kanji that IPAexGothic and MigMix lack
    every = full | set().union(*earlier)
    assert [c for c in every if first_font(c, full) != first_font(c, subset)] == []
    face = ReportlabFont("UmeSubsetCheck", str(target)).face
    assert set(face.charToGlyph) >= subset - {0}
