"""Schema revisions, oldest first by `down_revision`. Append-only: never edit a shipped one."""
