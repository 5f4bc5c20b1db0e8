"""Where data and logs go, what the log never contains, and the champion-app command."""

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from champion_app import __version__, cli, paths
from champion_app.errors import ChampionError, StoreError
from champion_app.log import LOG_FILENAME, MAX_BYTES, redact, setup_logging

REPO = Path(__file__).resolve().parents[2]


# --- paths ----------------------------------------------------------------------------------

def test_the_option_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CHAMPION_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "from-option") == tmp_path / "from-option"
    assert paths.data_dir() == tmp_path / "from-env"
    assert (tmp_path / "from-option").is_dir() and (tmp_path / "from-env").is_dir()


def test_without_either_it_is_the_platform_user_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("CHAMPION_DATA_DIR")
    # platformdirs reads XDG_* on Linux: point them at tmp_path so the real folder is untouched.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG variables only steer platformdirs on Linux")
    assert paths.data_dir() == tmp_path / "xdg-data" / "EstateChampion"
    assert paths.log_dir().is_relative_to(tmp_path / "xdg-state" / "EstateChampion")
    assert paths.db_path(demo=True) == tmp_path / "xdg-data/EstateChampion/demo/champion.db"


def test_files_have_their_places_and_folders_are_created(tmp_path):
    base = tmp_path / "new" / "deeper"
    assert paths.db_path(base) == base / "champion.db"
    assert paths.attachments_dir(base) == base / "attachments"
    assert paths.log_dir(base) == base / "logs"
    assert all(p.is_dir() for p in (base, base / "attachments", base / "logs"))
    assert not (base / "champion.db").exists()  # the store creates the file, not paths


def test_demo_mode_has_its_own_folder(tmp_path):
    assert paths.demo_data_dir(tmp_path) == tmp_path / "demo"
    assert paths.db_path(tmp_path, demo=True) == tmp_path / "demo" / "champion.db"
    assert paths.attachments_dir(tmp_path, demo=True) == tmp_path / "demo" / "attachments"
    assert paths.db_path(tmp_path, demo=True) != paths.db_path(tmp_path)


def test_a_folder_that_cannot_be_made_is_a_plain_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ChampionError) as info:
        paths.data_dir(blocker / "data")
    assert str(blocker / "data") in info.value.user_message


# --- logging --------------------------------------------------------------------------------

@pytest.mark.parametrize("secret_text, secret", [
    ("Authorization: Bearer abc.DEF-123_xyz=", "abc.DEF-123_xyz="),
    ("GET https://h/api/v1/x?token=s3cr3t-tok&page=2", "s3cr3t-tok"),
    ('sent {"token": "tok_9f8e7d", "device_id": "d1"}', "tok_9f8e7d"),
    ("answer {'token': 'tok_9f8e7d'}", "tok_9f8e7d"),
    ("login password=hunter2 for ann", "hunter2"),
    ('enrol {"code": "K7Q2-99XZ", "device_name": "laptop"}', "K7Q2-99XZ"),
])
def test_redact_hides_tokens_and_keeps_the_rest(secret_text, secret):
    cleaned = redact(secret_text)
    assert secret not in cleaned
    assert "[REDACTED]" in cleaned
    assert cleaned.split()[0] == secret_text.split()[0]


def test_ordinary_words_are_not_redacted():
    # (Whatever follows "Bearer" is always redacted: wrongly hiding a word is the safe side.)
    for text in ("exit code 2", "tokens left: 5", "record 17 saved", "code: E"):
        assert redact(text) == text


def test_the_log_file_never_contains_a_token(tmp_path):
    setup_logging(tmp_path, "DEBUG")
    log = logging.getLogger("champion_app.some_module")
    log.info("push with headers %s", {"Authorization": "Bearer live-token-123"})
    log.debug("url %s", "https://server/api?token=live-token-456")
    try:
        raise RuntimeError("server said: Bearer live-token-789 is revoked")
    except RuntimeError:
        log.exception("failed")
    text = (tmp_path / LOG_FILENAME).read_text(encoding="utf-8")
    assert "live-token" not in text
    assert text.count("[REDACTED]") >= 3  # the traceback repeats the raising line
    assert "champion_app.some_module" in text and "RuntimeError" in text


def test_setup_twice_keeps_one_handler_and_rotates_at_the_limit(tmp_path):
    setup_logging(tmp_path / "first", "INFO")
    path = setup_logging(tmp_path / "second", "INFO")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_champion", False)]
    assert len(ours) == 1
    log = logging.getLogger("champion_app.test")
    for _ in range(MAX_BYTES // 500 + 50):
        log.info("x" * 500)
    assert path.stat().st_size <= MAX_BYTES
    assert (path.parent / (LOG_FILENAME + ".1")).exists()
    log.debug("debug is below INFO")
    assert "debug is below" not in path.read_text(encoding="utf-8")


# --- champion-app ---------------------------------------------------------------------------

def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"champion-app {__version__}"


def test_no_subcommand_starts_the_gui_with_the_parsed_options(tmp_path, monkeypatch):
    started = {}

    def fake_run_gui(args):  # the real one opens a window: the hand-off is what is tested
        started["args"] = args
        return 7

    code = cli.main(["--data-dir", str(tmp_path), "--demo", "--log-level", "debug"],
                    gui=fake_run_gui)
    assert code == 7
    args = started["args"]
    assert args.demo and args.command is None and args.log_level == "DEBUG"
    assert args.db_path == tmp_path / "demo" / "champion.db"
    assert (tmp_path / "demo" / "logs" / LOG_FILENAME).exists()


def test_a_bad_log_level_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--log-level", "loud", "info"])
    assert info.value.code == 2
    assert "loud" in capsys.readouterr().err


def test_a_champion_error_becomes_a_message_and_exit_2(tmp_path, capsys, monkeypatch):
    def run(args):
        raise StoreError("The database file X is busy. Try again.", detail="secret detail")

    commands = {"boom": cli.Subcommand("boom", "fails", run)}
    monkeypatch.setattr(cli, "discover_subcommands", lambda *packages: commands)
    assert cli.main(["--data-dir", str(tmp_path), "boom"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "The database file X is busy. Try again."
    assert "secret detail" in (tmp_path / "logs" / LOG_FILENAME).read_text(encoding="utf-8")


def test_an_unexpected_error_points_to_the_log_not_a_traceback(tmp_path, capsys, monkeypatch):
    def run(args):
        raise KeyError("bug")

    monkeypatch.setattr(cli, "discover_subcommands",
                        lambda *packages: {"bug": cli.Subcommand("bug", "has a bug", run)})
    assert cli.main(["--data-dir", str(tmp_path), "bug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(tmp_path / "logs" / LOG_FILENAME) in err
    assert "KeyError" in (tmp_path / "logs" / LOG_FILENAME).read_text(encoding="utf-8")


def test_subcommands_are_discovered_from_their_modules():
    found = cli.discover_subcommands()
    assert "info" in found
    assert found["info"].module == "champion_app.commands.info"
    assert "info" in cli.build_parser().format_help()


def test_info_in_a_real_process_creates_and_reports_the_database(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "champion_app", "--data-dir", str(tmp_path), "info"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"Database:     {tmp_path / 'champion.db'}" in done.stdout
    assert "0 queued" in done.stdout
    assert (tmp_path / "champion.db").exists()


def test_records_logged_before_the_file_opens_are_written_with_their_own_times(tmp_path):
    """The window opens its log file after its first paint (setup_logging(open_later=True),
    then open_log_file): nothing logged before is lost, in order, redacted, and the file is
    not even created until then."""
    from champion_app.log import open_log_file

    path = setup_logging(tmp_path, "INFO", open_later=True)
    log = logging.getLogger("champion_app.early")
    log.info("first, before the paint")
    log.warning("second: Bearer early-token-1")
    assert not path.exists()
    open_log_file()
    log.info("third, after it")
    open_log_file()  # once only: nothing written twice
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(" champion_app.early ")[1].split("] ", 1)[1] for line in lines] == [
        "first, before the paint", "second: Bearer [REDACTED]", "third, after it"]


def test_records_kept_for_later_are_written_when_the_handler_is_replaced(tmp_path):
    """A process that ends (or switches folders) before opening the file loses nothing."""
    first = setup_logging(tmp_path / "first", "INFO", open_later=True)
    logging.getLogger("champion_app.early").error("kept until replaced")
    setup_logging(tmp_path / "second", "INFO")
    assert "kept until replaced" in first.read_text(encoding="utf-8")


def test_a_window_start_that_fails_writes_what_it_logged(tmp_path, capsys):
    """champion-app's window path keeps the records in memory; a failure before the window
    opens the file still leaves the details in it, as the message says."""
    def broken_gui(_args):
        raise RuntimeError("the window could not start")

    code = cli.main(["--data-dir", str(tmp_path)], gui=broken_gui)
    assert code == cli.EXIT_FAILED
    text = (tmp_path / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
    assert "the window could not start" in text and "champion-app" in text
