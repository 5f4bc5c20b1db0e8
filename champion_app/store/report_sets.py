"""A large pulled page's report rows written in sets, in the page's own transaction.

The triggers `report_on_version` and `report_on_current` (report_triggers.py) refill one
record's `report_facts` and `report_operatives` rows each time a version or a current
version is stored: for a page of 500 new records that is 500 runs of four statements. Here a
page drops those two triggers inside its transaction, writes its records and versions, refills
the rows of exactly the records whose current version it set with one `DELETE` and one
`INSERT … SELECT` per table (the triggers' own statements, `report_fill`), and creates the
triggers again from the text it dropped, all before the commit. A crash or an error rolls back
the drop with everything else, so nothing is ever left half-derived or without its triggers;
the summary's triggers (report_summary.py) stay in place and follow these rows as they follow
the triggers' rows. Other connections never see the triggers missing (WAL: they read the
last commit).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .report_triggers import VISIT_TIME, report_fill

SUSPENDED = ("report_on_version", "report_on_current")
MIN_RECORDS = 50  # below this the triggers cost less than dropping and creating them
_IDS = "(SELECT value FROM json_each(?))"


@contextmanager
def report_rows_in_sets(conn, record_ids: Iterable[str]) -> Iterator[None]:
    """Around a page's writes: the report rows of ``record_ids`` (every record whose current
    version the writes set) refilled in sets afterwards, instead of by the triggers."""
    ids = sorted(set(record_ids))
    triggers = []
    if len(ids) >= MIN_RECORDS:
        triggers = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({','.join('?' * len(SUSPENDED))}) ORDER BY name", SUSPENDED).fetchall()
    if len(triggers) != len(SUSPENDED):  # a small page (or an unknown schema): the triggers
        yield
        return
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield
        refill_report_rows(conn, ids)
    finally:
        # Also after an error: the caller's rollback would restore them anyway, and a caller
        # that goes on in the same transaction must find them there.
        for _name, sql in triggers:
            conn.execute(sql)


def refill_report_rows(conn, record_ids: list[str]) -> None:
    """Rewrite the report rows of these records from their current versions, as the
    triggers' ``refill`` does one record at a time."""
    ids = json.dumps(record_ids)
    conn.execute(f"DELETE FROM report_facts WHERE record_id IN {_IDS}", [ids])
    conn.execute(f"DELETE FROM report_operatives WHERE record_id IN {_IDS}", [ids])
    # The date the triggers use since m015 (the visit time), as a refill outside them must.
    for statement in report_fill(VISIT_TIME, f"r.record_id IN {_IDS}"):
        conn.execute(statement, [ids])
