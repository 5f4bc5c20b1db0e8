"""The window's side of data at rest: unlocking at start, the idle lock and its PIN, the
remote-wipe notice, a disconnect that takes the data with it, and a coordinator's erasure."""
