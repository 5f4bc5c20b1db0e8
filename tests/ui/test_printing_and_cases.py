"""The A4 PDF helper (normal and large print) and the cases table model."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtPdf import QPdfDocument

from champion_app.records import Draft
from champion_app.store import Store
from ui.coordinator.case_model import CaseTableModel
from ui.errors import user_message
from ui.printing import LARGE_PT, document, write_pdf


def test_large_print_is_at_least_16_point_and_a4(qtbot, tmp_path):
    assert document("<p>x</p>").defaultFont().pointSizeF() < 16
    assert document("<p>x</p>", large_print=True).defaultFont().pointSizeF() == LARGE_PT >= 16
    html = "<h1>Oak Estate</h1>" + "<p>You said: the lift. We did: fixed it.</p>" * 60
    pages = {}
    for large in (False, True):
        path = tmp_path / f"{large}.pdf"
        write_pdf(html, path, title="Notice", large_print=large)
        doc = QPdfDocument()
        doc.load(str(path))
        size = doc.pagePointSize(0)
        assert (round(size.width()), round(size.height())) == (595, 842)
        assert doc.metaData(QPdfDocument.MetaDataField.Title) == "Notice"
        assert "Oak Estate" in doc.getAllText(0).text()
        pages[large] = doc.pageCount()
    assert pages[True] > pages[False] >= 1   # the same words need more pages at 18 point


def test_an_unwritable_place_is_a_plain_error(qtbot, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(OSError) as caught:
        write_pdf("<p>x</p>", not_a_folder / "n.pdf", title="n")
    assert "nothing saved has been lost" in user_message(caught.value)


def test_case_model_passes_qt_model_tester(qtmodeltester, tmp_path):
    with Store.open(tmp_path / "c.db") as store:
        for hazard in ("emergency", "damp_mould"):
            rid = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload={
                "topics": ["safety"], "what_was_said": "x", "hazard": hazard,
                "hazard_details": "y"})).record_id
            store.submit(rid)
        rows = store.case_queue("hazard")
    model = CaseTableModel("hazard")
    model.set_rows(rows, datetime.now(UTC))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.data(model.index(0, 2)) == "Emergency"   # 24 hours: the most urgent first
