"""fsadesk: offline self-assessment against the FSA Guidelines on Cybersecurity in the Financial Sector."""

from typing import Any


def __getattr__(name: str) -> Any:
    # Read lazily: package metadata costs ~25 ms, and the first window must appear fast.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("fsadesk")
        except PackageNotFoundError:  # running from a source tree without an install
            return "0.0.0"
    raise AttributeError(name)
