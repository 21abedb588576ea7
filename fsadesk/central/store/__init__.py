"""The central organisation's database: SQLite by default, or any SQLAlchemy URL (PostgreSQL)."""
