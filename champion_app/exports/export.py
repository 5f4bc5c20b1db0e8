"""An export's files, from any source of version bodies (this laptop's store, the server's)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from champion_app.reports import NOTICE, ReportFilter

from .files import operatives_path, write_csv, write_xlsx
from .flatten import Extra, Flattener

Progress = Callable[[int, int], None]
Versions = Callable[[], Iterable[tuple[dict, Extra]]]  # a fresh pass each call


@dataclass(frozen=True)
class Exported:
    files: tuple[Path, ...]
    records: int
    operatives: int


def write_export(path: Path, fmt: str, flat: Flattener, versions: Versions,
                 flt: ReportFilter, *, total: int = 0,
                 progress: Progress | None = None) -> Exported:
    """Records, then operatives (a second pass over ``versions``), as CSV files or one XLSX."""

    def record_rows() -> Iterator[list[str]]:
        for done, (body, extra) in enumerate(versions(), 1):
            if progress and done % 500 == 0:
                progress(done, total)
            yield flat.record_row(body, extra)

    def operative_rows() -> Iterator[list[str]]:
        # A second pass rather than keeping every body: 100,000 of them would be ~1 GB.
        for body, _extra in versions():
            yield from flat.operative_rows(body)

    if fmt == "csv":
        records = write_csv(path, flat.record_headers, record_rows())
        second = operatives_path(path)
        operatives = write_csv(second, flat.operative_headers, operative_rows())
        return Exported((path, second), records, operatives)
    if fmt != "xlsx":
        raise ValueError(f"Export as csv or xlsx, not {fmt!r}.")
    about = [("What this is", "Residents' feedback recorded by Estate Service Champions"),
             ("Please note", NOTICE),
             ("Exported (UTC)", datetime.now(UTC).isoformat(timespec="seconds")),
             *((f"Filter: {k}", ", ".join(v) if isinstance(v, list) else str(v or "all"))
               for k, v in flt.as_dict().items()),
             ("Contact details", "included" if flat.personal else "left out")]
    counts = write_xlsx(path, [("Records", flat.record_headers, record_rows()),
                               ("Operatives", flat.operative_headers, operative_rows())], about)
    return Exported((path,), counts["Records"], counts["Operatives"])
