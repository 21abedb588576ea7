"""fsadesk: offline self-assessment against the FSA Guidelines on Cybersecurity in the Financial Sector."""

# The one place the version is written: pyproject.toml reads it from here. A constant, not package
# metadata: reading metadata costs ~25 ms at start-up, and a PyInstaller build may not carry it,
# while the version goes into every report and signed bundle.
__version__ = "0.1.0"
