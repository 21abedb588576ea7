# PyInstaller's own hook for this PySide6 module, with packaging/pyi_filters.py applied to the
# plugins and translations it collects, before their libraries' dependencies are followed.
from pyi_filters import filter_hook_entries
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filter_hook_entries(binaries)
datas = filter_hook_entries(datas)
