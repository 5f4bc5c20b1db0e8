"""Errors the app can explain to a person.

Every failure a champion or coordinator might see is a `ChampionError`: `user_message` is in
plain words (what happened, what to do), `detail` is the technical part for the log only.
The CLI and the UI's one error helper show `user_message` and never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .i18n import translate


class ChampionError(Exception):
    """A failure with a message fit for the person using the app."""

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail

    def __str__(self) -> str:
        # The log gets both parts; the user only ever sees `user_message`.
        if self.detail:
            return f"{self.user_message} ({self.detail})"
        return self.user_message


class StoreError(ChampionError):
    """The local database cannot be used: corrupt, locked, unwritable or too new.

    The message names the file and says what to do. It never suggests deleting the file:
    it may hold the only copy of logs not yet synced.
    """

    def __init__(
        self, user_message: str, *, detail: str = "", path: str | Path | None = None
    ) -> None:
        super().__init__(user_message, detail=detail)
        self.path = Path(path) if path is not None else None

    @classmethod
    def corrupt(cls, path: str | Path, detail: str = "") -> StoreError:
        return cls(
            translate("errors", "The database file {path} is damaged and cannot be opened. "
                      "It has been left exactly as it is, because it may hold logs that have "
                      "not been synced yet. Close the app, keep a copy of that file, and ask "
                      "your coordinator for help; to carry on meanwhile, start the app with a "
                      "different --data-dir.").format(path=path),
            detail=detail,
            path=path,
        )

    @classmethod
    def locked(cls, path: str | Path, detail: str = "") -> StoreError:
        return cls(
            translate("errors", "The database file {path} is in use by another program "
                      "(perhaps a second copy of Estate Champion) and cannot be opened now. "
                      "Close the other copy and try again; nothing has been lost."
                      ).format(path=path),
            detail=detail,
            path=path,
        )

    @classmethod
    def unwritable(cls, path: str | Path, detail: str = "") -> StoreError:
        return cls(
            translate("errors", "The database file {path} cannot be written to. Check that "
                      "the folder exists, that the disk is not full, and that you have "
                      "permission to write there; or start the app with a different "
                      "--data-dir.").format(path=path),
            detail=detail,
            path=path,
        )

    @classmethod
    def too_new(cls, path: str | Path, detail: str = "") -> StoreError:
        return cls(
            translate("errors", "The database file {path} was written by a newer version of "
                      "Estate Champion. Install the newer version to open it; the file has "
                      "not been changed.").format(path=path),
            detail=detail,
            path=path,
        )


class ConfigError(ChampionError):
    """A setting (command-line option or environment variable) is unusable."""

