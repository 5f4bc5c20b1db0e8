"""The review queue: every champion's submitted records, reviewed one keystroke at a time."""
