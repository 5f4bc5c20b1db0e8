"""The Reports page with real widgets offscreen on the fixed report data set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from champion_app.reports import ReportFilter
from tests import report_data as data
from tests.sync_helpers import open_store
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, tmp_path):
    with open_store(tmp_path) as store:
        data.build(store)
        store.set_state("role", "coordinator")
    runner = TaskRunner(tmp_path / "champion.db")
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.load()
    window.show()
    yield window
    runner.shutdown()


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_reports_page_shows_figures_with_bases_and_greys_small_ones(qtbot, window):
    page = window.reports
    window.show_page("reports")
    wait_idle(qtbot, window)
    page.period.setCurrentIndex(page.period.findData("all"))
    wait_idle(qtbot, window)
    assert "whole landlord" in page.scope.text()
    assert "not an official Tenant Satisfaction Measures" in page.findChild(
        type(page.scope), "reportsNotice").text()
    table = page.satisfaction_table
    rows = dict(zip(cells(table, 0), cells(table, 1), strict=True))
    assert rows["TP01 Overall service"] == "66.7 %"
    tp01 = cells(table, 0).index("TP01 Overall service")
    assert table.item(tp01, 2).text() == "3" and table.item(tp01, 3).text() == "20.8–93.9 %"
    assert table.item(tp01, 1).foreground().color().name() == "#6b7280"  # n < 10: grey
    assert "too few" in table.item(tp01, 1).toolTip()
    assert page.satisfaction_chart.view is not None


def test_cut_and_filter_drive_the_figures(qtbot, window):
    page = window.reports
    window.show_page("reports")
    page.period.setCurrentIndex(page.period.findData("all"))
    wait_idle(qtbot, window)
    page.question.setCurrentIndex(page.question.findData("TP01"))
    page.cut.setCurrentIndex(page.cut.findData("estate"))
    wait_idle(qtbot, window)
    assert cells(page.satisfaction_table, 0) == ["Elm Fields", "Oak Park"]
    assert cells(page.satisfaction_table, 1) == ["100 %", "50 %"]
    page.estate.setCurrentIndex(page.estate.findData("E2"))
    wait_idle(qtbot, window)
    assert page.current_filter() == ReportFilter(estate_ids=("E2",))
    assert cells(page.satisfaction_table, 0) == ["Elm Fields"]
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.date_from.setDate(QDate(2026, 3, 1))
    page.date_to.setDate(QDate(2026, 3, 31))
    wait_idle(qtbot, window)
    assert page.current_filter().date_from.isoformat() == "2026-03-01"
    page.tabs.setCurrentIndex(list(page.views).index("repair_times"))
    wait_idle(qtbot, window)
    # Only P2's job is in March: by priority, then the cut (estate) below it.
    assert cells(page.repair_times_table, 0) == ["Urgent", "Estate: Elm Fields"]


def test_drill_down_lists_the_records_and_opens_one(qtbot, window):
    page = window.reports
    window.show_page("reports")
    page.period.setCurrentIndex(page.period.findData("all"))
    wait_idle(qtbot, window)
    row = cells(page.satisfaction_table, 0).index("TP01 Overall service")
    page.table_activated(page.satisfaction_table, row)
    wait_idle(qtbot, window)
    dialog = page.drilldown
    assert dialog.count.text().startswith("4 records")  # 3 answered + 1 "no answer"
    assert dialog.table.rowCount() == 4
    qtbot.waitUntil(lambda: "Record" in dialog.detail.toHtml() or
                    dialog.detail.toPlainText() != "", timeout=5000)
    dialog.close()


def test_other_tabs_and_the_scrutiny_pack(qtbot, window, tmp_path):
    page = window.reports
    window.show_page("reports")
    page.period.setCurrentIndex(page.period.findData("all"))
    for tab in ("journey", "operatives", "cases"):
        page.tabs.setCurrentIndex(list(page.views).index(tab))
        wait_idle(qtbot, window)
    assert cells(page.journey_table, 0)[0] == "All records"
    assert "Dan Mitchell" in cells(page.operatives_table, 0)
    assert set(cells(page.hazards_table, 0)) == {"Emergency (danger now)", "Damp and mould"}
    written = []
    page.make_pack(tmp_path / "pack.pdf", large_print=True, on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20_000)
    pdf = (tmp_path / "pack.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
