"""The frozen program's entry point: the same as the `fsadesk` console script (fsadesk.__main__:main)."""

import sys

from fsadesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
