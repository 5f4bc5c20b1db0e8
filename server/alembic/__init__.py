"""The server's Alembic environment: `env.py`, and one file per schema revision in `versions/`.

Run through `server.migrations` (`champion-server init`), which hands Alembic the database
connection, so there is no alembic.ini to edit.
"""
