"""Exports: records as flat CSV or XLSX (see flatten.py for the shape, files.py for the files)."""

from .export import Exported, write_export
from .files import FORMATS, csv_safe, operatives_path, write_csv, write_xlsx
from .flatten import Extra, Flattener, Lookups

__all__ = ["FORMATS", "Exported", "Extra", "Flattener", "Lookups", "csv_safe", "operatives_path",
           "write_csv", "write_export", "write_xlsx"]
