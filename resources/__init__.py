"""Data files shipped with the app: TSM wording, style sheet, demo patch."""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def path(name: str):
    """A Traversable for a data file under resources/ (e.g. path("demo/estates.csv")): a
    plain Path where the package is a folder (always, as installed), so the window's first
    paint does not wait for importlib.resources; importlib.resources where it is not."""
    if _HERE.is_dir():
        return _HERE.joinpath(name)
    from importlib.resources import files

    return files(__name__).joinpath(name)
