"""Where the server keeps its database and blobs: flags, then environment, then defaults."""

import os
from pathlib import Path

import platformdirs

ENV_DB = "CHAMPION_SERVER_DB"
ENV_BLOB_DIR = "CHAMPION_SERVER_BLOB_DIR"
ENV_LOG_LEVEL = "CHAMPION_SERVER_LOG_LEVEL"
ENV_LOG_FORMAT = "CHAMPION_SERVER_LOG_FORMAT"
ENV_BLOB_QUOTA_MB = "CHAMPION_SERVER_BLOB_QUOTA_MB"
DEFAULT_BLOB_QUOTA_MB = 200


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("EstateChampion")) / "server"


def default_db() -> str:
    return os.environ.get(ENV_DB) or "sqlite:///" + str(data_dir() / "champion-server.db")


def default_blob_dir() -> str:
    return os.environ.get(ENV_BLOB_DIR) or str(data_dir() / "blobs")


def log_format() -> str:
    """``text`` (default) or ``json`` (JSON lines, server/request_log.py)."""
    return (os.environ.get(ENV_LOG_FORMAT) or "text").strip().lower()


def blob_quota_bytes() -> int:
    """How many bytes of photos one person may have uploaded that no record of theirs cites."""
    text = os.environ.get(ENV_BLOB_QUOTA_MB, "").strip()
    megabytes = float(text) if text else DEFAULT_BLOB_QUOTA_MB
    return int(megabytes * 1024 * 1024)
