"""Writing flat rows: CSV (UTF-8 with a byte-order mark, so Excel reads it right) and XLSX.

A CSV of records is two files, ``NAME.csv`` and ``NAME-operatives.csv``; an XLSX is one
workbook with three sheets: Records, Operatives and About (what the file is, the filters it
was made with, and that it is champion-collected feedback, not an official TSM return).

Spreadsheet formulas: a free-text cell that begins with ``=``, ``+``, ``-`` or ``@`` could be
run by Excel as a formula when the CSV is opened ("CSV injection"), so in the CSV such a
cell starts with an apostrophe, which Excel shows as text. The XLSX keeps the text exactly,
every cell written as a string, so nothing in it is ever a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@")
FORMATS = ("csv", "xlsx")


def csv_safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def operatives_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-operatives{path.suffix}")


def write_csv(path: Path, headers: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([csv_safe(cell) for cell in row])
            count += 1
    return count


def write_xlsx(path: Path, sheets: list[tuple[str, list[str], Iterable[list[str]]]],
               about: list[tuple[str, str]]) -> dict[str, int]:
    """One workbook; every cell written as text. Returns the rows written per sheet.

    XlsxWriter, in constant-memory mode, writing only the cells that hold something: a
    record fills about a third of the columns, and per-cell Python work is what an export
    of 100,000 records spends its time on.
    """
    import xlsxwriter  # here: the kernel imports without it

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    counts = {}
    try:
        for name, headers, rows in sheets:
            sheet = book.add_worksheet(name)
            sheet.freeze_panes(1, 0)
            for col, header in enumerate(headers):
                sheet.write_string(0, col, header, bold)
            count = 0
            for count, row in enumerate(rows, 1):
                for col, value in enumerate(row):
                    if value:
                        sheet.write_string(count, col, value)
            counts[name] = count
        sheet = book.add_worksheet("About")
        sheet.set_column(0, 0, 24)
        sheet.set_column(1, 1, 100)
        for line, (key, value) in enumerate(about):
            sheet.write_string(line, 0, key, bold)
            sheet.write_string(line, 1, value)
    finally:
        book.close()
    return counts
