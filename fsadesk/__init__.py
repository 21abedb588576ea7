"""fsadesk: offline self-assessment against the FSA Guidelines on Cybersecurity in the Financial Sector."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fsadesk")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
