"""Alembic's entry point: migrations run on the connection `server.migrations` opened.

That connection is already inside the caller's write transaction, so Alembic does not begin
or commit one: an upgrade (every revision it runs) commits whole or not at all.
"""

from alembic import context

from server.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run schema migrations with `champion-server init` "
                       "(or `python -m server.migrations`), not the alembic command.")
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: autogenerate writes batch operations (copy and move),
    # which on PostgreSQL are plain ALTERs, so one revision serves both databases.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
