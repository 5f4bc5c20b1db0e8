"""The kinds of record (DOMAIN.md "Record kinds"): each one's payload, declared once in KINDS.

`KINDS` is the one registry of kinds: payload model, label and order. Code that handles
"every kind" (validation, the log's filter, the New visit buttons, test strategies) loops
over it. `RecordKind` is only the codes as stored and sent, so pydantic and the OpenAPI
document can name them; a check below keeps the two in step.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import Field, field_validator, model_validator
from pydantic_core import to_jsonable_python

from ..i18n import translate
from .common import CommonPayload, Strict, as_utc
from .scales import (
    CONDITION_ITEMS,
    AccessNeed,
    Agreement,
    AppointmentKept,
    BlockTrigger,
    Check,
    CollectionMethod,
    Completed,
    Condition,
    HowReported,
    Labelled,
    PackFormat,
    PreferredContact,
    Priority,
    Satisfaction,
    Topic,
    WorkKind,
)

TSM_CODES = tuple(f"TP{n:02d}" for n in range(1, 13))


# The codes of the kinds, as stored and sent. Iterate `KINDS`, not this. (A comment, not a
# docstring: a docstring would change the published OpenAPI document.)
class RecordKind(Labelled):
    doorstep = "doorstep"
    post_works = "post_works"
    block = "block"
    welcome = "welcome"
    walkabout = "walkabout"

    @property
    def label(self) -> str:
        return KINDS[self].label


class DoorstepPayload(CommonPayload):
    KIND = RecordKind.doorstep
    topics: list[Topic] = Field(default_factory=list, validate_default=True)
    # Only the TSM-aligned questions actually asked; TP08 is on the agreement scale.
    ratings: dict[str, Satisfaction | Agreement] = Field(default_factory=dict)

    @field_validator("topics")
    @classmethod
    def _at_least_one_topic(cls, topics):
        if not topics:
            raise ValueError(translate("records",
                                       "Choose at least one topic the conversation was about."))
        return list(dict.fromkeys(topics))

    @field_validator("ratings")
    @classmethod
    def _known_questions(cls, ratings):
        for code, answer in ratings.items():
            if code not in TSM_CODES:
                raise ValueError(translate(
                    "records", "{code} is not a TSM question (TP01 to TP12).").format(code=code))
            wants_agreement = code == "TP08"
            if wants_agreement != isinstance(answer, Agreement) or (
                not wants_agreement and answer.value not in Satisfaction.__members__
            ):
                raise ValueError((
                    translate("records", "{code} is answered on the agree/disagree scale.")
                    if wants_agreement else
                    translate("records", "{code} is answered on the satisfied/dissatisfied scale.")
                ).format(code=code))
        return ratings

    @model_validator(mode="before")
    @classmethod
    def _parse_ratings(cls, data):
        # "neither" exists on both scales: decide by question code, not by first match.
        if isinstance(data, dict) and isinstance(data.get("ratings"), dict):
            parsed = {}
            for code, answer in data["ratings"].items():
                scale = Agreement if code == "TP08" else Satisfaction
                try:
                    parsed[code] = scale(answer)
                except ValueError:
                    parsed[code] = answer
            data = {**data, "ratings": parsed}
        return data


class OperativeFeedback(Strict):
    operative_id: str = Field(default="", max_length=64)
    name_as_given: str = Field(default="", max_length=200)
    showed_id: Check | None = None
    on_time: Check | None = None
    explained_work: Check | None = None
    respectful: Check | None = None
    protected_home: Check | None = None
    left_clean_tidy: Check | None = None
    overall: Satisfaction | None = None
    compliment: str = Field(default="", max_length=2_000)
    concern: str = Field(default="", max_length=2_000)  # what the resident was unhappy about


class PostWorksPayload(CommonPayload):
    KIND = RecordKind.post_works
    collection_method: CollectionMethod = CollectionMethod.home_visit
    work_kind: WorkKind = WorkKind.responsive
    priority: Priority | None = None
    delivered_by: str = Field(default="", max_length=200)
    # The job's dates, copied from the worklist when the job is picked (typed from a letter
    # otherwise), so the time each part took can be reported from the record alone.
    reported_at: datetime | None = None
    dispatched_at: datetime | None = None
    completed_at: datetime | None = None
    # Part 1: reported -> dispatched
    how_reported: HowReported | None = None
    ease_of_reporting: Satisfaction | None = None
    priority_explained: Check | None = None
    appointment_choice: Check | None = None
    part1_rating: Satisfaction
    # Part 2: dispatched -> completed
    appointment_kept: AppointmentKept | None = None
    visits_needed: int | None = Field(default=None, ge=1, le=50)
    fixed_first_time: Check | None = None
    completed: Completed | None = None
    follow_on_needed: Check | None = None
    part2_rating: Satisfaction
    # Overall, TSM-aligned (TP02 and TP03 wording)
    repair_rating: Satisfaction | None = None
    time_taken_rating: Satisfaction | None = None
    operatives: list[OperativeFeedback] = Field(default_factory=list, max_length=20)

    _utc_job_dates = field_validator("reported_at", "dispatched_at", "completed_at")(
        classmethod(lambda cls, v: as_utc(v)))


class HouseholdResponse(Strict):
    flat: str = Field(default="", max_length=40)
    rating: Satisfaction
    comment: str = Field(default="", max_length=2_000)


def _conditions_field():
    return Field(default_factory=dict, description="Condition A–E per item in CONDITION_ITEMS")


def _check_items(conditions: dict[str, Condition]) -> dict[str, Condition]:
    unknown = sorted(set(conditions) - set(CONDITION_ITEMS))
    if unknown:
        raise ValueError(translate("records", "Unknown item: {items}.").format(
            items=", ".join(unknown)))
    return conditions


class BlockPayload(CommonPayload):
    KIND = RecordKind.block
    collection_method: CollectionMethod = CollectionMethod.doorstep
    trigger: BlockTrigger = BlockTrigger.end_of_communal_repair
    conditions: dict[str, Condition] = _conditions_field()
    responses: list[HouseholdResponse] = Field(default_factory=list, max_length=500)
    households_spoken_to: int = Field(default=0, ge=0, le=5_000)

    _items = field_validator("conditions")(classmethod(lambda cls, v: _check_items(v)))


class WelcomePayload(CommonPayload):
    KIND = RecordKind.welcome
    collection_method: CollectionMethod = CollectionMethod.home_visit
    tenancy_start: date
    visit_date: date
    welcome_pack_format: PackFormat = PackFormat.standard_print
    pack_language: str = Field(default="English", max_length=60)
    preferred_language: str = Field(default="English", max_length=60)
    interpreter_needed: bool = False
    preferred_contact: PreferredContact | None = None
    explained_how_to_report: Check | None = None
    explained_priorities_targets: Check | None = None
    explained_responsibilities: Check | None = None
    access_needs_consent: bool = False
    access_needs: list[AccessNeed] = Field(default_factory=list)
    home_condition_ok: Check | None = None
    outstanding_repairs: str = Field(default="", max_length=4_000)
    questions_raised: str = Field(default="", max_length=4_000)


class WalkaboutPayload(CommonPayload):
    KIND = RecordKind.walkabout
    collection_method: CollectionMethod = CollectionMethod.walkabout
    conditions: dict[str, Condition] = Field(default_factory=dict, validate_default=True)

    _items = field_validator("conditions")(classmethod(lambda cls, v: _check_items(v)))

    @field_validator("conditions")
    @classmethod
    def _scored(cls, conditions):
        if not conditions:
            raise ValueError(translate("records", "Score at least one item on the walkabout."))
        return conditions


# -- the headline rating: the one satisfaction answer a coordinator's queue shows ----------
# Least satisfied first: where a record has no single overall question, the headline is its
# least satisfied answer, so unhappiness is never averaged away in the queue.
_WORST_FIRST = ("very_dissatisfied", "fairly_dissatisfied", "neither", "fairly_satisfied",
                "very_satisfied")


def least_satisfied(answers) -> str | None:
    given = {str(a) for a in answers if a}
    return next((code for code in _WORST_FIRST if code in given), None)


def _first_answered(*fields: str) -> Callable[[dict], str | None]:
    def headline(payload: dict) -> str | None:
        return next((payload[f] for f in fields if payload.get(f) in _WORST_FIRST), None)
    return headline


def _doorstep_headline(payload: dict) -> str | None:
    ratings = payload.get("ratings") or {}
    if ratings.get("TP01") in _WORST_FIRST:  # the overall TSM question, when it was asked
        return ratings["TP01"]
    return least_satisfied(v for k, v in ratings.items() if k != "TP08")


def _block_headline(payload: dict) -> str | None:
    return least_satisfied(r.get("rating") for r in payload.get("responses") or []
                           if isinstance(r, dict))


def _no_headline(_payload: dict) -> str | None:
    return None


@dataclass(frozen=True)
class KindSpec:
    """Everything the kernel knows about one kind of record; its code is its model's KIND."""

    model: type[CommonPayload]
    english_label: str  # what people call it, in English as declared (see `label`)

    @property
    def label(self) -> str:
        """What people call it in their language: the New visit buttons, the log, the detail."""
        return translate("kinds", self.english_label)
    # The record's headline satisfaction (a Satisfaction code or None), from its payload as
    # JSON: the review queue's "Satisfaction" column and rating filter.
    headline: Callable[[dict], str | None] = _no_headline

    @property
    def code(self) -> str:
        return str(self.model.KIND)

    def defaults(self) -> dict[str, Any]:
        """The answers a new record of this kind starts from: each field's default, as JSON.

        Required fields with no default are absent. A form loads a stored payload over these,
        so an answer the payload leaves out shows its default, not whatever was there before.
        """
        return {name: to_jsonable_python(info.get_default(call_default_factory=True))
                for name, info in self.model.model_fields.items() if not info.is_required()}


class KindRegistry:
    """Kinds in the order people see them; ``KINDS["doorstep"]`` is that kind's spec."""

    def __init__(self, *specs: KindSpec) -> None:
        self._specs: dict[str, KindSpec] = {}
        for spec in specs:
            if not spec.code or spec.code in self._specs:
                raise ValueError(f"Kind {spec.code!r} has no code or is declared twice.")
            self._specs[spec.code] = spec

    def __iter__(self) -> Iterator[KindSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._specs

    def __getitem__(self, code: str) -> KindSpec:
        return self._specs[code]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def with_kind(self, spec: KindSpec) -> "KindRegistry":
        """A new registry with ``spec`` added last (tests use it for a made-up kind)."""
        return KindRegistry(*self, spec)


KINDS = KindRegistry(
    KindSpec(DoorstepPayload, "Doorstep conversation", _doorstep_headline),
    # TP02's overall repair rating, else the journey's part 2, else part 1.
    KindSpec(PostWorksPayload, "Post-works visit",
             _first_answered("repair_rating", "part2_rating", "part1_rating")),
    KindSpec(BlockPayload, "Block feedback", _block_headline),
    KindSpec(WelcomePayload, "Welcome visit"),
    KindSpec(WalkaboutPayload, "Estate walkabout"),
)

if set(KINDS.codes) != {kind.value for kind in RecordKind}:  # pragma: no cover - a typo
    raise RuntimeError("RecordKind and KINDS must list the same kinds of record.")
