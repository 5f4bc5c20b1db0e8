"""Fields every record carries (DOMAIN.md "Common fields on every record")."""

from datetime import UTC, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .rules import rule_problems
from .scales import CollectionMethod, Hazard, Respondent


class Strict(BaseModel):
    """Base for record parts: unknown fields are refused, so a typo never vanishes silently."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, str_strip_whitespace=True)


class ConsentItem(Strict):
    given: bool = False
    at: datetime | None = None

    @model_validator(mode="after")
    def _time_only_when_given(self):
        if not self.given:
            self.at = None
        return self


class Consent(Strict):
    contact: ConsentItem = Field(default_factory=ConsentItem)
    photo: ConsentItem = Field(default_factory=ConsentItem)
    quote_in_you_said_we_did: ConsentItem = Field(default_factory=ConsentItem)


class Contact(Strict):
    name: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40, pattern=r"^[0-9+() \-]*$")
    email: str = Field(default="", max_length=254, pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$")
    wants_callback: bool = False

    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.email or self.wants_callback)


class Complaint(Strict):
    offered: bool = False
    wants_to_complain: bool = False


class Attachment(Strict):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    bytes: int = Field(ge=1, le=10 * 1024 * 1024)
    mime: str = Field(default="image/jpeg", pattern=r"^image/(jpeg|png)$")
    caption: str = Field(default="", max_length=500)
    # DOMAIN.md: photos of a person or a home's interior need consent.photo.
    shows_person_or_interior: bool = False


def as_utc(moment: datetime | None) -> datetime | None:
    """A moment in UTC; one given without a time zone is taken as UTC (as the wire writes)."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class CommonPayload(Strict):
    """The common fields; each kind's payload extends this."""

    # When the visit happened (the form defaults it to now; notes typed up the next day keep
    # the day of the visit). Records from before it existed have none: `visit_time()` then
    # falls back. Never in the future: `visits.visit_time_problem`, checked against the
    # version's submitted_at (validate_version) and against now (the form).
    visited_at: datetime | None = None
    # Where, in the champion's own words: a laptop that has never connected has no estates
    # to choose from, so a draft keeps the place as typed until the estate is chosen.
    place_description: str = Field(default="", max_length=300)
    collection_method: CollectionMethod = CollectionMethod.doorstep
    respondent: Respondent = Respondent.anonymous
    what_was_said: str = Field(default="", max_length=20_000)
    hazard: Hazard = Hazard.none
    hazard_details: str = Field(default="", max_length=2_000)
    complaint: Complaint = Field(default_factory=Complaint)
    contact: Contact = Field(default_factory=Contact)
    consent: Consent = Field(default_factory=Consent)

    KIND: ClassVar[str] = ""  # set by each kind's payload; "" checks the common rules only

    _utc_visited_at = field_validator("visited_at")(classmethod(lambda cls, v: as_utc(v)))

    @model_validator(mode="after")
    def _rules(self):
        problems = rule_problems(self.KIND, self.model_dump(mode="json"))
        if problems:
            raise RuleError(problems)
        return self


class RuleError(ValueError):
    """A cross-field rule failed; ``problems`` maps field paths to plain-word messages."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems
