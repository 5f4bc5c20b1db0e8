"""Data files shipped with the app: TSM wording, style sheet, demo patch."""

from importlib.resources import files


def path(name: str):
    """A Traversable for a data file under resources/ (e.g. path("demo/estates.csv"))."""
    return files(__name__).joinpath(name)
