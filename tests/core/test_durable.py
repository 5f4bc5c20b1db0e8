"""champion_app.durable: the one way the app and the server write a file that must survive a
power cut (keys file, encrypted photos, the server's blobs)."""

import os
import stat

import pytest

from champion_app import durable


def test_a_file_is_written_whole_private_and_durable(tmp_path, fsynced):
    synced = fsynced
    target = tmp_path / "keys.json"
    durable.write_durably(target, b"secret")
    assert target.read_bytes() == b"secret"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(tmp_path.resolve()) in synced  # the rename, as well as the bytes
    assert len(synced) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]  # nothing left aside


def test_replacing_a_readable_file_leaves_it_private(tmp_path):
    target = tmp_path / "keys.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    durable.write_durably(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_aside(tmp_path, monkeypatch):
    target = tmp_path / "keys.json"
    target.write_bytes(b"old")

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        durable.write_durably(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]
