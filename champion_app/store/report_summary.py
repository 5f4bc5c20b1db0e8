"""`report_summary`: `report_facts` added up by month, estate, kind and kind of work.

A satisfaction report read 97,000 narrow rows for every cut; most cuts and filters (period,
estate, kind, kind of work) need only the sums, and there are a few thousand groups of them.
Each summary row holds, for one (month, estate, kind, work kind): the records, and for every
rating question its satisfied (score 1-2), asked (not NULL) and declined (6) counts, the
households' satisfied and answered counts, and the same three for operatives' overall
rating (from `report_operatives`, counted while the record has a fact row).

Kept true by triggers on the two report tables, so whatever refills those (the triggers in
`report_triggers.py`, a migration) keeps this true too: a fact row adds itself and its
operatives' ratings; an operative row adds itself when its record's fact row is there; a
delete takes away what the insert added. A group that has no records left is removed.
(None of this SQL names the `records` table, or a column with that word in it: the
triggers hang on the report tables only, and the check that `records`' rebuild (m013) keeps
what hangs on it, tests/core/test_store_drafts_anywhere.py, stays as it was.)
"""

from __future__ import annotations

from sqlite_utils import Database

from .report_triggers import REPORT_RATINGS

SUMMARY_KEYS = ("month", "estate_id", "kind", "work_kind")
RATING_COLUMNS = tuple(column for column, _ in REPORT_RATINGS)
TALLY_COLUMNS = ("record_count",
                 *(f"{c}_{t}" for c in RATING_COLUMNS for t in ("sat", "asked", "declined")),
                 "households_satisfied", "households_answered",
                 "operative_sat", "operative_asked", "operative_declined")

# The summary row ``s`` of a fact row ``f`` (work_kind may be NULL, hence IS). UPDATE and
# DELETE name the table itself, not an alias: an older SQLite (3.40, Python's and Debian 12's
# shell, for support) cannot parse "UPDATE … AS s", and then cannot open the file at all.
_SAME_GROUP = ("{s}.month = substr({f}.created_at, 1, 7) AND {s}.estate_id = {f}.estate_id "
               "AND {s}.kind = {f}.kind AND {s}.work_kind IS {f}.work_kind")


def _rating(column: str) -> tuple[str, str, str]:
    return (f"coalesce({column} <= 2, 0)", f"({column} IS NOT NULL)",
            f"coalesce({column} = 6, 0)")


def _fact_tallies(f: str) -> list[str]:
    """The values a fact row ``f`` adds (without its operatives)."""
    out = ["1"]
    for column in RATING_COLUMNS:
        out.extend(_rating(f"{f}.{column}"))
    return [*out, f"{f}.households_satisfied", f"{f}.households_answered"]


def _operative_sums(record: str) -> list[str]:
    """The operatives' tallies of one record, as three scalar subqueries."""
    return [f"(SELECT coalesce(sum({t}), 0) FROM report_operatives o "
            f"WHERE o.record_id = {record})" for t in _rating("o.overall")]


def _change(f: str, sign: str) -> list[str]:
    """Statements that add (``+``) or take away (``-``) fact row ``f`` and its operatives."""
    values = [*_fact_tallies(f), *_operative_sums(f"{f}.record_id")]
    keys = ", ".join(f"{f}.{k}" if k != "month" else f"substr({f}.created_at, 1, 7)"
                     for k in SUMMARY_KEYS)
    same = _SAME_GROUP.format(f=f, s="report_summary")
    sets = ", ".join(f"{c} = {c} {sign} {v}" for c, v in zip(TALLY_COLUMNS, values, strict=True))
    statements = []
    if sign == "+":
        statements.append(
            f"INSERT INTO report_summary ({', '.join(SUMMARY_KEYS)}) SELECT {keys} "
            f"WHERE NOT EXISTS (SELECT 1 FROM report_summary WHERE {same})")
    statements.append(f"UPDATE report_summary SET {sets} WHERE {same}")
    if sign == "-":
        statements.append(f"DELETE FROM report_summary WHERE {same} AND record_count <= 0")
    return statements


def _operative_change(o: str, sign: str) -> str:
    sets = ", ".join(f"{c} = {c} {sign} {v}" for c, v in zip(
        TALLY_COLUMNS[-3:], _rating(f"{o}.overall"), strict=True))
    return (f"UPDATE report_summary SET {sets} WHERE rowid = ("
            f"SELECT s.rowid FROM report_facts f JOIN report_summary s ON "
            f"{_SAME_GROUP.format(f='f', s='s')} WHERE f.record_id = {o}.record_id)")


def create_report_summary(db: Database) -> None:
    """The table, its triggers, and its rows from the report tables as they are now."""
    tallies = ", ".join(f"{c} INTEGER NOT NULL DEFAULT 0" for c in TALLY_COLUMNS)
    db.execute(f"""
        CREATE TABLE report_summary (
            month TEXT NOT NULL, estate_id TEXT NOT NULL, kind TEXT NOT NULL, work_kind TEXT,
            {tallies})""")
    db.execute("CREATE INDEX idx_report_summary_group ON report_summary"
               f"({', '.join(SUMMARY_KEYS)})")

    def body(statements: list[str]) -> str:
        return "".join(f"{s};\n" for s in statements)

    db.execute(f"CREATE TRIGGER report_summary_fact_insert AFTER INSERT ON report_facts "
               f"BEGIN {body(_change('NEW', '+'))} END")
    db.execute(f"CREATE TRIGGER report_summary_fact_delete AFTER DELETE ON report_facts "
               f"BEGIN {body(_change('OLD', '-'))} END")
    db.execute(f"CREATE TRIGGER report_summary_fact_update AFTER UPDATE ON report_facts "
               f"BEGIN {body(_change('OLD', '-') + _change('NEW', '+'))} END")
    db.execute(f"CREATE TRIGGER report_summary_operative_insert AFTER INSERT ON "
               f"report_operatives BEGIN {_operative_change('NEW', '+')}; END")
    db.execute(f"CREATE TRIGGER report_summary_operative_delete AFTER DELETE ON "
               f"report_operatives BEGIN {_operative_change('OLD', '-')}; END")
    db.execute(f"CREATE TRIGGER report_summary_operative_update AFTER UPDATE ON "
               f"report_operatives BEGIN {_operative_change('OLD', '-')}; "
               f"{_operative_change('NEW', '+')}; END")
    fill_report_summary(db)


def fill_report_summary(db: Database) -> None:
    """(Re)fill the summary from the report tables, in one pass over each."""
    columns = ", ".join((*SUMMARY_KEYS, *TALLY_COLUMNS))
    group = "substr(f.created_at, 1, 7) AS month, f.estate_id, f.kind, f.work_kind"
    fact = ", ".join(f"sum({v})" for v in _fact_tallies("f"))
    operatives = ", ".join(f"sum({t}) AS o{i}" for i, t in enumerate(_rating("o.overall")))
    db.execute("DELETE FROM report_summary")
    db.execute(f"""
        INSERT INTO report_summary ({columns})
        WITH facts AS (SELECT {group}, {fact} FROM report_facts f GROUP BY 1, 2, 3, 4),
        operatives AS (SELECT {group}, {operatives} FROM report_operatives o
                       JOIN report_facts f ON f.record_id = o.record_id GROUP BY 1, 2, 3, 4)
        SELECT facts.*, coalesce(p.o0, 0), coalesce(p.o1, 0), coalesce(p.o2, 0)
        FROM facts LEFT JOIN operatives p
          ON p.month = facts.month AND p.estate_id = facts.estate_id AND p.kind = facts.kind
         AND p.work_kind IS facts.work_kind""")
