"""The SQL triggers that keep the report tables (`report_facts`, `report_operatives`) true.

Migrations make them: m012 first, with a record's `created_at` as its date; m015 again with
the visit time the champion gave. Each migration passes the date it wants, so what ran
before stays as it ran.
"""

from __future__ import annotations

from sqlite_utils import Database

REPORT_RATINGS = tuple((f"tp{n:02d}", f"$.payload.ratings.TP{n:02d}") for n in range(1, 13)) + (
    ("ease_of_reporting", "$.payload.ease_of_reporting"),
    ("part1_rating", "$.payload.part1_rating"),
    ("part2_rating", "$.payload.part2_rating"),
    ("repair_rating", "$.payload.repair_rating"),
    ("time_taken_rating", "$.payload.time_taken_rating"),
)
REPORT_CHECKS = ("showed_id", "on_time", "explained_work", "respectful", "protected_home",
                  "left_clean_tidy")

# The visit time in SQL, as `champion_app.records.visit_time` reads it: the `visited_at` the
# champion gave, else when the record was started.
VISIT_TIME = ("coalesce(json_extract(v.body, '$.payload.visited_at'), "
              "json_extract(v.body, '$.created_at'))")
STARTED = "json_extract(v.body, '$.created_at')"


def report_fill(visited: str, where: str) -> tuple[str, str]:
    """The two statements that (re)write the report rows of the records ``where`` picks (SQL
    over the record ``r`` and its current version ``v``), with ``visited`` as their date."""

    def score(path: str, source: str = "v.body") -> str:
        return f"(SELECT score FROM report_scale WHERE code = json_extract({source}, '{path}'))"

    fact_columns = ", ".join(["record_id", "version_id", "kind", "estate_id", "block_id",
                              "home_id", "job_ref", "created_at", "work_kind", "priority",
                              "delivered_by", "hazard", "complaint_offered",
                              "wants_to_complain", "reported_at", "dispatched_at",
                              "completed_at", *(c for c, _ in REPORT_RATINGS),
                              "households_satisfied", "households_answered"])
    fact_values = ", ".join([
        "r.record_id", "v.version_id", "json_extract(v.body, '$.kind')",
        "json_extract(v.body, '$.estate_id')", "json_extract(v.body, '$.block_id')",
        "json_extract(v.body, '$.home_id')", "json_extract(v.body, '$.job_ref')",
        visited, "json_extract(v.body, '$.payload.work_kind')",
        "json_extract(v.body, '$.payload.priority')",
        "nullif(trim(json_extract(v.body, '$.payload.delivered_by')), '')",
        "coalesce(json_extract(v.body, '$.payload.hazard'), 'none')",
        "coalesce(json_extract(v.body, '$.payload.complaint.offered'), 0)",
        "coalesce(json_extract(v.body, '$.payload.complaint.wants_to_complain'), 0)",
        "json_extract(v.body, '$.payload.reported_at')",
        "json_extract(v.body, '$.payload.dispatched_at')",
        "json_extract(v.body, '$.payload.completed_at')",
        *(score(path) for _, path in REPORT_RATINGS),
        "(SELECT count(*) FROM json_each(v.body, '$.payload.responses') h "
        " JOIN report_scale s ON s.code = json_extract(h.value, '$.rating') WHERE s.score <= 2)",
        "(SELECT count(*) FROM json_each(v.body, '$.payload.responses') h "
        " JOIN report_scale s ON s.code = json_extract(h.value, '$.rating') WHERE s.score <= 5)"])
    operative_columns = ", ".join(["record_id", "position", "operative_id", "name_as_given",
                                   *REPORT_CHECKS, "overall"])
    operative_values = ", ".join([
        "r.record_id", "o.key", "nullif(json_extract(o.value, '$.operative_id'), '')",
        "nullif(trim(json_extract(o.value, '$.name_as_given')), '')",
        *(f"json_extract(o.value, '$.{check}')" for check in REPORT_CHECKS),
        score("$.overall", "o.value")])
    current = "FROM records r JOIN record_versions v ON v.version_id = r.current_version_id"
    return (f"INSERT INTO report_facts ({fact_columns}) SELECT {fact_values} {current} "
            f"WHERE {where}",
            f"INSERT INTO report_operatives ({operative_columns}) SELECT {operative_values} "
            f"{current}, json_each(v.body, '$.payload.operatives') o WHERE {where}")


def create_report_triggers(db: Database, visited: str, *, backfill: bool) -> None:
    """The triggers on records and versions that refill a record's report rows, with
    ``visited`` (SQL over the version ``v``) as the row's date; ``backfill`` fills the rows
    of every record that has a current version."""

    def fill(where: str) -> str:
        """The statements that (re)write the report rows of the records ``where`` picks."""
        return "".join(f"{statement};\n" for statement in report_fill(visited, where))[:-1]

    def refill(record: str) -> str:
        return (f"DELETE FROM report_facts WHERE record_id = {record};\n"
                f"DELETE FROM report_operatives WHERE record_id = {record};\n"
                + fill(f"r.record_id = {record}"))

    # A version stored after its record already names it (a pulled record: the record row
    # comes first for the foreign key), and a record whose current version changes.
    db.execute(f"""
        CREATE TRIGGER report_on_version AFTER INSERT ON record_versions
        WHEN NEW.version_id = (SELECT current_version_id FROM records
                               WHERE record_id = NEW.record_id)
        BEGIN {refill("NEW.record_id")} END""")
    db.execute(f"""
        CREATE TRIGGER report_on_current AFTER UPDATE OF current_version_id ON records
        WHEN NEW.current_version_id IS NOT OLD.current_version_id
        BEGIN {refill("NEW.record_id")} END""")
    db.execute("""
        CREATE TRIGGER report_on_record_delete AFTER DELETE ON records
        BEGIN
            DELETE FROM report_facts WHERE record_id = OLD.record_id;
            DELETE FROM report_operatives WHERE record_id = OLD.record_id;
        END""")
    db.execute("""
        CREATE TRIGGER report_on_version_delete AFTER DELETE ON record_versions
        BEGIN
            DELETE FROM report_facts WHERE version_id = OLD.version_id;
            DELETE FROM report_operatives WHERE record_id = OLD.record_id
                AND NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.record_id = OLD.record_id);
        END""")
    if backfill:
        for statement in fill("r.current_version_id IS NOT NULL").split(";\n"):
            db.execute(statement.rstrip(";"))
