"""Reports: what residents said, in numbers a scrutiny panel and a board can trust.

Computed in SQL on the local database (a coordinator's holds the whole landlord) from the
derived ``report_facts`` / ``report_operatives`` tables. Every figure carries its base and
a 95 % Wilson interval; every report says it is champion-collected feedback, not an official
TSM return (`NOTICE`). Qt-free: the app's Reports page, the scrutiny pack, ``champion-app
report`` and the tests all use this.
"""

from .cases import case_states, deadline
from .labels import Labels
from .questions import CHECK_LABELS, CHECKS, Question, question, questions
from .repairs import Targets
from .report import NOTICE, SECTIONS, UNCERTAINTY, Report, build_report
from .satisfaction import Figure, Group, record_ids, satisfaction
from .scope import CUT_LABELS, CUTS, ReportFilter, visit_times
from .stats import SMALL_BASE, Share, wilson

__all__ = ["CHECKS", "CHECK_LABELS", "CUTS", "CUT_LABELS", "NOTICE", "SECTIONS", "SMALL_BASE",
           "UNCERTAINTY", "Figure", "Group", "Labels", "Question", "Report", "ReportFilter",
           "Share", "Targets", "build_report", "case_states", "deadline", "question",
           "questions", "record_ids", "satisfaction", "visit_times", "wilson"]
