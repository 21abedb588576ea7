"""Why a benchmark pack was not imported into a member's workspace (issue #14 point 3).

They derive from fsadesk.central.errors.SignedFileError (a BundleError), like the problems of the
pack file itself: the command line prints `str(error)`, the windows word each `kind` in the user's
language (fsadesk/ui/error_texts_benchmark.py). Nothing was stored when one is raised.
"""

from __future__ import annotations

from fsadesk.central.errors import SignedFileError


class BenchmarkAlreadyImported(SignedFileError):
    kind = "benchmark_already_imported"


class BenchmarkNoCampaign(SignedFileError):
    """A pack is checked against the key of an imported campaign file: there is none yet."""

    kind = "benchmark_no_campaign"


class BenchmarkForUnknownCampaign(SignedFileError):
    """Signed by the organisation this workspace trusts, but for a campaign it never imported."""

    kind = "benchmark_unknown_campaign"
