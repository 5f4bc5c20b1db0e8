"""Scales and enumerations of DOMAIN.md, with the plain-word labels the UI shows.

Each enumeration is a ``StrEnum`` so the stored JSON holds the readable code
(``"fairly_satisfied"``), never a number that a later reordering could change. Labels are
English here and translated when read (`champion_app.i18n`; the context is
``scales.<Enumeration>``); records keep the codes, never a label.
"""

from enum import StrEnum

from ..i18n import translate


class Labelled(StrEnum):
    """A StrEnum whose members carry a label for people (``Satisfaction.neither.label``)."""

    @property
    def english_label(self) -> str:
        # A code can mean different things on different scales ("neither", "emergency"),
        # so a label for this enumeration wins over the shared one.
        own = _LABELS_BY_SCALE.get(type(self).__name__, {})
        return own.get(self.value) or _LABELS.get(
            self.value, self.value.replace("_", " ").capitalize())

    @property
    def label(self) -> str:
        """The label in the person's language (English unless the app installed another)."""
        return translate(f"scales.{type(self).__name__}", self.english_label)


class Satisfaction(Labelled):
    very_satisfied = "very_satisfied"
    fairly_satisfied = "fairly_satisfied"
    neither = "neither"
    fairly_dissatisfied = "fairly_dissatisfied"
    very_dissatisfied = "very_dissatisfied"
    no_answer = "no_answer"  # never read out: a resident who declines


class Agreement(Labelled):
    strongly_agree = "strongly_agree"
    agree = "agree"
    neither = "neither"
    disagree = "disagree"
    strongly_disagree = "strongly_disagree"
    no_answer = "no_answer"


class Condition(Labelled):
    """Block champions' score card: A very good (4) … D poor (1), E not applicable."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"

    @property
    def score(self) -> int | None:
        return {"A": 4, "B": 3, "C": 2, "D": 1}.get(self.value)


class Check(Labelled):
    yes = "yes"
    no = "no"
    not_sure = "not_sure"


class CollectionMethod(Labelled):
    doorstep = "doorstep"
    home_visit = "home_visit"
    telephone = "telephone"
    paper_form = "paper_form"
    walkabout = "walkabout"
    group_meeting = "group_meeting"


class Respondent(Labelled):
    tenant = "tenant"
    joint_tenant = "joint_tenant"
    household_member = "household_member"
    leaseholder = "leaseholder"
    shared_owner = "shared_owner"
    advocate = "advocate"
    anonymous = "anonymous"


class Hazard(Labelled):
    none = "none"
    emergency = "emergency"
    damp_mould = "damp_mould"
    safeguarding = "safeguarding"
    other_safety = "other_safety"


class Topic(Labelled):
    repairs = "repairs"
    home_condition = "home_condition"
    damp_mould = "damp_mould"
    safety = "safety"
    communal_areas = "communal_areas"
    grounds = "grounds"
    cleaning = "cleaning"
    refuse = "refuse"
    lighting = "lighting"
    lifts = "lifts"
    door_entry = "door_entry"
    pests = "pests"
    parking = "parking"
    asb = "asb"
    neighbourhood = "neighbourhood"
    communication = "communication"
    listening = "listening"
    respect = "respect"
    complaints_handling = "complaints_handling"
    rent_charges = "rent_charges"
    other = "other"


class WorkKind(Labelled):
    responsive = "responsive"
    planned = "planned"
    cyclical = "cyclical"
    void = "void"
    adaptation = "adaptation"


class Priority(Labelled):
    """HACT WorkPriorityCode (1 immediate … 5 inspection) plus ``planned``."""

    immediate = "immediate"
    emergency = "emergency"
    urgent = "urgent"
    routine = "routine"
    planned = "planned"
    inspection = "inspection"


class HowReported(Labelled):
    phone = "phone"
    online = "online"
    in_person = "in_person"
    champion = "champion"
    other = "other"


class AppointmentKept(Labelled):
    yes = "yes"
    late = "late"
    rescheduled_with_notice = "rescheduled_with_notice"
    missed = "missed"


class Completed(Labelled):
    yes = "yes"
    partly = "partly"
    no = "no"


class BlockTrigger(Labelled):
    end_of_communal_repair = "end_of_communal_repair"
    cleaning_check = "cleaning_check"
    walkabout = "walkabout"


class PackFormat(Labelled):
    standard_print = "standard_print"
    large_print = "large_print"
    easy_read = "easy_read"
    audio = "audio"
    braille = "braille"
    translated = "translated"
    digital = "digital"


class PreferredContact(Labelled):
    phone = "phone"
    text = "text"
    email = "email"
    letter = "letter"
    visit = "visit"


class AccessNeed(Labelled):
    hearing = "hearing"
    vision = "vision"
    mobility = "mobility"
    wheelchair = "wheelchair"
    language_support = "language_support"
    other = "other"


class ReviewState(Labelled):
    received = "received"
    has_issues = "has_issues"
    approved = "approved"
    rejected = "rejected"


class ActionStatus(Labelled):
    logged = "logged"
    acknowledged = "acknowledged"
    in_progress = "in_progress"
    done = "done"
    wont_do = "wont_do"


class CaseKind(Labelled):
    """The two kinds of case a coordinator follows through on a record (PHASE 2 decision 1)."""

    hazard = "hazard"
    complaint = "complaint"


class CaseState(Labelled):
    """Steps of a hazard case and of a complaint referral (champion_app/cases.py says which
    belong to which, and what each step's deadline is)."""

    new = "new"
    passed_to_repairs = "passed_to_repairs"
    investigated = "investigated"
    summary_sent = "summary_sent"
    works_started = "works_started"
    made_safe = "made_safe"
    passed_to_complaints = "passed_to_complaints"
    acknowledged = "acknowledged"
    stage1_responded = "stage1_responded"
    closed = "closed"


class Escalation(Labelled):
    none = "none"
    service_request = "service_request"
    complaint = "complaint"
    awaab_emergency = "awaab_emergency"
    awaab_damp_mould = "awaab_damp_mould"
    safeguarding = "safeguarding"


class ReportedTo(Labelled):
    scrutiny_panel = "scrutiny_panel"
    newsletter = "newsletter"
    noticeboard = "noticeboard"
    website = "website"
    board = "board"


class CharterCommitment(Labelled):
    """The National Housing Federation's Together with Tenants commitments."""

    relationships = "relationships"
    communication = "communication"
    voice_and_influence = "voice_and_influence"
    accountability = "accountability"
    quality = "quality"
    when_things_go_wrong = "when_things_go_wrong"


# Condition items on block score cards and walkabouts.
CONDITION_ITEMS = (
    "floors_stairs", "lighting", "walls_ceilings", "handrails", "bin_areas",
    "internal_litter", "external_litter", "paths", "grounds", "doors_entry",
    "lifts", "fire_doors_signage", "noticeboards",
)

SATISFIED = frozenset({Satisfaction.very_satisfied, Satisfaction.fairly_satisfied})
DISSATISFIED = frozenset({Satisfaction.fairly_dissatisfied, Satisfaction.very_dissatisfied})
AGREED = frozenset({Agreement.strongly_agree, Agreement.agree})
DISAGREED = frozenset({Agreement.disagree, Agreement.strongly_disagree})

_LABELS = {
    "very_satisfied": "Very satisfied",
    "fairly_satisfied": "Fairly satisfied",
    "neither": "Neither satisfied nor dissatisfied",
    "fairly_dissatisfied": "Fairly dissatisfied",
    "very_dissatisfied": "Very dissatisfied",
    "no_answer": "No answer (not read out)",
    "strongly_agree": "Strongly agree",
    "strongly_disagree": "Strongly disagree",
    "A": "A – very good",
    "B": "B – good",
    "C": "C – average",
    "D": "D – poor",
    "E": "E – not applicable",
    "not_sure": "Not sure",
    "asb": "Anti-social behaviour",
    "damp_mould": "Damp and mould",
    "other_safety": "Other safety concern",
    "rescheduled_with_notice": "Rescheduled with notice",
    "wont_do": "Won't do",
    "awaab_emergency": "Awaab's Law: emergency hazard",
    "awaab_damp_mould": "Awaab's Law: damp and mould",
    "in_person": "In person",
    "void": "Void (empty home)",
    "doors_entry": "Doors and entry",
    "fire_doors_signage": "Fire doors and signage",
    "passed_to_repairs": "Passed to repairs",
    "summary_sent": "Written summary sent",
    "works_started": "Safety works begun",
    "passed_to_complaints": "Passed to the complaints team",
    "stage1_responded": "Stage 1 response sent",
}


_LABELS_BY_SCALE = {
    "Hazard": {"emergency": "Emergency (danger now)"},
    "Agreement": {"neither": "Neither agree nor disagree"},
    "CollectionMethod": {"doorstep": "On the doorstep", "walkabout": "On a walkabout"},
}


def condition_item_english(item: str) -> str:
    return _LABELS.get(item, item.replace("_", " ").capitalize())


def condition_item_label(item: str) -> str:
    return translate("scales.condition_items", condition_item_english(item))
