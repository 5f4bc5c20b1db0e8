"""Exports: every field survives CSV and XLSX, and the CSV's answers give report --json's figures."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from champion_app import cli
from champion_app.exports import csv_safe
from champion_app.exports.local import export
from champion_app.reports import ReportFilter, questions
from tests import report_data as data
from tests.sync_helpers import open_store

TRICKY = ('She said "the lift, again", and then:\nline two, with a comma — Mae\'r lifft wedi '
          'torri ŵ ŷ; المصعد معطل منذ أسبوع 🙂👍🏽')


@pytest.fixture
def folder(tmp_path):
    with open_store(tmp_path) as store:
        data.build(store)
        store.put_reference("estates", [{"id": "E1", "name": "Parc y Dderwen, Oak \"Park\""}])
        store.put_reference("operatives", [{"id": "OP1", "display_name": "مريم Dan 🙂",
                                            "contractor_id": "C1"}])
        own = data.submit_own(store, "E1")
        draft = store.get_record(own).draft  # None: submitted; edit it to add the text
        assert draft is None
        store.start_edit(own)
        draft = store.get_record(own).draft
        store.save_draft(draft.model_copy(update={"payload": {
            **draft.payload, "what_was_said": TRICKY,
            "contact": {"name": "Resident", "phone": "07700 900123"},
            "consent": {"contact": {"given": True, "at": "2026-03-01T10:00:00Z"}}}}),
            record_id=own)
        store.submit(own)
    return tmp_path


def read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_reads_back_with_every_field_intact_and_xlsx_holds_the_same(folder):
    with open_store(folder) as store:
        done = export(store.db, folder / "records.csv", "csv")
        export(store.db, folder / "records.xlsx", "xlsx")
    assert (folder / "records.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
    assert done.records == 9 and done.operatives == 4
    rows = read_csv(folder / "records.csv")
    tricky = next(r for r in rows if r["What was said"] == TRICKY)
    assert tricky["Estate"] == 'Parc y Dderwen, Oak "Park"'
    assert tricky["TP01 Overall service"] == "Very satisfied"
    assert tricky["TP01 Overall service [code]"] == "very_satisfied"
    assert "Contact: Name" not in tricky and "07700" not in json.dumps(rows)  # personal: out
    operatives = read_csv(folder / "records-operatives.csv")
    assert {o["Operative"] for o in operatives} == {"مريم Dan 🙂", "Aisha Rahman", "Bob"}

    book = openpyxl.load_workbook(folder / "records.xlsx", read_only=True)
    assert book.sheetnames == ["Records", "Operatives", "About"]
    for sheet, expected in ((book["Records"], rows), (book["Operatives"], operatives)):
        values = list(sheet.iter_rows(values_only=True))
        header = list(values[0])
        assert header == list(expected[0])
        got = [dict(zip(header, ("" if v is None else v for v in row), strict=True))
               for row in values[1:]]
        assert got == expected
    about = dict(book["About"].iter_rows(values_only=True))
    assert "not an official Tenant Satisfaction Measures" in about["Please note"]


def test_report_json_equals_what_the_csv_gives(folder, capsys):
    assert cli.main(["--data-dir", str(folder), "export", "--output",
                     str(folder / "all.csv")]) == 0
    assert cli.main(["--data-dir", str(folder), "report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    rows = read_csv(folder / "all.csv")
    figures = {f["question"]: f for f in report["satisfaction"]["overall"]["figures"]}
    checked = 0
    for q in questions():
        if not q.column:
            continue
        codes = [r[f"{q.label} [code]"] for r in rows if r[f"{q.label} [code]"]]
        answered = [c for c in codes if c != "no_answer"]
        satisfied = [c for c in answered if c in ("very_satisfied", "fairly_satisfied",
                                                  "strongly_agree", "agree")]
        if not codes:
            assert q.code not in figures
            continue
        figure = figures[q.code]
        assert (figure["k"], figure["n"], figure["no_answer"]) == (
            len(satisfied), len(answered), len(codes) - len(answered)), q.code
        checked += 1
    assert checked >= 6
    assert report["records"] == len(rows)
    operatives = read_csv(folder / "all-operatives.csv")
    overall = [o["Overall [code]"] for o in operatives if o["Overall [code]"] not in ("", "no_answer")]
    assert figures["operative_overall"]["n"] == len(overall)


def test_the_active_filters_apply_and_contact_details_only_when_asked(folder):
    with open_store(folder) as store:
        export(store.db, folder / "e2.csv", "csv", ReportFilter(estate_ids=("E2",)))
        export(store.db, folder / "with.csv", "csv", personal=True)
    assert {r["Estate"] for r in read_csv(folder / "e2.csv")} == {"Elm Fields"}
    assert len(read_csv(folder / "e2.csv")) == 4
    assert {r["Contact: Phone"] for r in read_csv(folder / "with.csv")} == {"", "07700 900123"}


def test_a_cell_excel_would_run_as_a_formula_is_text(tmp_path):
    assert csv_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert csv_safe("-1+1") == "'-1+1" and csv_safe("lift - broken") == "lift - broken"
    with open_store(tmp_path) as store:
        data.build(store)
        own = data.submit_own(store)
        store.start_edit(own)
        draft = store.get_record(own).draft
        store.save_draft(draft.model_copy(update={"payload": {
            **draft.payload, "what_was_said": "=1+1"}}), record_id=own)
        store.submit(own)
        export(store.db, tmp_path / "f.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx")["Records"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("What was said")] for row in sheet.iter_rows(min_row=2)]
    formula = next(c for c in cells if c.value == "=1+1")
    assert formula.data_type == "s"  # kept exactly, as text


def test_report_command_prints_plain_text_with_the_notice(folder, capsys):
    assert cli.main(["--data-dir", str(folder), "report", "--by", "contractor"]) == 0
    out = capsys.readouterr().out
    assert "not an official Tenant Satisfaction Measures" in out
    assert "Contractor or in-house team: Keystone Electrical" in out
    assert cli.main(["--data-dir", str(folder), "report", "--from", "2026-03-01",
                     "--to", "2026-02-01"]) == 2
