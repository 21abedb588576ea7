"""Alembic environment of the central database: migrations run in-process on a connection fsadesk
passes in, recording their revision in `central_alembic_version` (never `alembic_version`, the
member workspace's table), so neither kind of database can be taken for the other."""

from alembic import context

from fsadesk.central.store.schema import VERSION_TABLE

connection = context.config.attributes["connection"]
# render_as_batch: SQLite cannot ALTER most things in place; batch mode copies the table.
context.configure(
    connection=connection, target_metadata=None, render_as_batch=True, version_table=VERSION_TABLE
)
with context.begin_transaction():
    context.run_migrations()
