"""Persistence: one SQLite workspace per institution (SQLAlchemy 2, Alembic migrations).

The names below load lazily (PEP 562): importing a light submodule such as
fsadesk.store.snapshot or fsadesk.store.records must not pull in SQLAlchemy, which costs about
0.3 s and is kept off the app's start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fsadesk.store.workspace import Workspace, create_workspace, is_workspace, open_workspace

__all__ = ["Workspace", "create_workspace", "is_workspace", "open_workspace"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from fsadesk.store import workspace

        return getattr(workspace, name)
    raise AttributeError(f"module 'fsadesk.store' has no attribute {name!r}")
