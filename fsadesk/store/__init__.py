"""Persistence: one SQLite workspace per institution (SQLAlchemy 2, Alembic migrations)."""

from fsadesk.store.workspace import Workspace, create_workspace, is_workspace, open_workspace

__all__ = ["Workspace", "create_workspace", "is_workspace", "open_workspace"]
