"""Estate Champion: the Qt-free core (records, local store, paths, logging, CLI)."""

__version__ = "0.1.0"
