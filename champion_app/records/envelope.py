"""A record version (the unit that is frozen, queued and synced) and validation in plain words."""

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import Attachment, CommonPayload, RuleError
from .kinds import KINDS, RecordKind
from .rules import rule_problems
from .scales import Hazard
from .visits import visit_time_problem

SCHEMA_VERSION = 1
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class RecordVersion(BaseModel):
    """One frozen version of a record, exactly as SYNC_PROTOCOL.md "Shapes" describes it."""

    model_config = ConfigDict(extra="forbid")

    record_id: str = Field(min_length=1, max_length=64)
    version_id: str = Field(min_length=1, max_length=64)
    base_version_id: str | None = Field(default=None, max_length=64)
    kind: RecordKind
    schema_version: int = SCHEMA_VERSION
    created_at: datetime
    submitted_at: datetime
    tz: str = Field(default="Europe/London", max_length=64)
    author_id: str = Field(default="", max_length=64)
    device_id: str = Field(default="", max_length=64)
    estate_id: str = Field(min_length=1, max_length=64)
    block_id: str | None = Field(default=None, max_length=64)
    home_id: str | None = Field(default=None, max_length=64)
    job_ref: str | None = Field(default=None, max_length=64)
    payload: dict[str, Any]
    attachments: list[Attachment] = Field(default_factory=list, max_length=30)

    @field_validator("schema_version")
    @classmethod
    def _supported(cls, value):
        if value not in SUPPORTED_SCHEMA_VERSIONS:
            raise ValueError(translate(
                "validation", "Schema version {version} is not supported by this version."
            ).format(version=value))
        return value

    def typed_payload(self) -> CommonPayload:
        return KINDS[self.kind].model.model_validate(self.payload)

    @property
    def hazard(self) -> Hazard:
        return Hazard(self.payload.get("hazard", "none"))


class RecordInvalid(ValueError):
    """A record failed validation. ``fields`` maps a field path to a message in plain words."""

    def __init__(self, fields: dict[str, str]):
        self.fields = fields
        lines = [f"{path}: {msg}" for path, msg in fields.items()]
        super().__init__("The record has problems:\n" + "\n".join(lines))


_PLAIN = {
    "missing": QT_TRANSLATE_NOOP("validation", "This is required."),
    "int_parsing": QT_TRANSLATE_NOOP("validation", "Enter a whole number."),
    "int_type": QT_TRANSLATE_NOOP("validation", "Enter a whole number."),
    "bool_type": QT_TRANSLATE_NOOP("validation", "Choose yes or no."),
    "bool_parsing": QT_TRANSLATE_NOOP("validation", "Choose yes or no."),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("validation", "Enter a date such as 2026-03-31."),
    "date_parsing": QT_TRANSLATE_NOOP("validation", "Enter a date such as 2026-03-31."),
    "date_type": QT_TRANSLATE_NOOP("validation", "Enter a date such as 2026-03-31."),
    "datetime_parsing": QT_TRANSLATE_NOOP("validation", "Enter a date and time."),
    "datetime_type": QT_TRANSLATE_NOOP("validation", "Enter a date and time."),
    "extra_forbidden": QT_TRANSLATE_NOOP("validation", "This field is not part of the form."),
    "string_type": QT_TRANSLATE_NOOP("validation", "Enter text here."),
    "list_type": QT_TRANSLATE_NOOP("validation", "Expected a list here."),
    "dict_type": QT_TRANSLATE_NOOP("validation", "Expected a set of answers here."),
    "model_type": QT_TRANSLATE_NOOP("validation", "Expected a set of answers here."),
    "model_attributes_type": QT_TRANSLATE_NOOP("validation", "Expected a set of answers here."),
    "literal_error": QT_TRANSLATE_NOOP("validation", "This is not one of the allowed values."),
    "datetime_from_date_parsing": QT_TRANSLATE_NOOP("validation", "Enter a date and time."),
}


def plain_message(err: Mapping[str, Any]) -> str:
    """One pydantic error in plain words (the one table for the app and the server)."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "enum":
        return translate("validation", "Choose one of: {choices}.").format(
            choices=ctx.get("expected", "").replace(chr(39), ""))
    if kind == "string_too_long":
        return translate("validation", "Keep this under {count} characters.").format(
            count=ctx.get("max_length"))
    if kind == "string_too_short":
        return translate("validation", "This is required.")
    if kind == "string_pattern_mismatch":
        return translate("validation", "This is not in the expected format.")
    if kind in ("greater_than_equal", "greater_than"):
        return translate("validation", "Enter a number of at least {number}.").format(
            number=ctx.get("ge", ctx.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        return translate("validation", "Enter a number no more than {number}.").format(
            number=ctx.get("le", ctx.get("lt")))
    if kind == "too_long":
        return translate("validation", "At most {count} entries.").format(
            count=ctx.get("max_length"))
    if kind in ("value_error", "assertion_error"):
        error = ctx.get("error")
        if isinstance(error, RuleError):
            return "; ".join(error.problems.values())
        return str(error) if error else err["msg"]
    return translate("validation", _PLAIN[kind]) if kind in _PLAIN else err["msg"]


def describe_invalid(exc: ValidationError) -> str:
    """Which fields are wrong and why, without the values: pydantic's own text quotes the input,
    which may be a resident's words, and these messages end up in logs."""
    return "; ".join(f"{path}: {message}" for path, message in errors_by_field(exc).items())


def errors_by_field(exc: ValidationError, prefix: str = "") -> dict[str, str]:
    """Turn pydantic's errors into ``{"payload.part1_rating": "This is required."}``."""
    fields: dict[str, str] = {}
    for err in exc.errors(include_url=False):
        error = (err.get("ctx") or {}).get("error")
        base = ".".join(str(p) for p in err["loc"])
        if isinstance(error, RuleError):
            for sub, msg in error.problems.items():
                path = ".".join(p for p in (prefix, base, sub) if p)
                fields.setdefault(path, msg)
            continue
        path = ".".join(p for p in (prefix, base) if p) or "record"
        fields.setdefault(path, plain_message(err))
    return fields


def validate_payload(kind: str, payload: dict) -> CommonPayload:
    """Validate a kind's payload; raises RecordInvalid with ``payload.<field>`` paths."""
    if kind not in KINDS:
        raise RecordInvalid({"kind": translate(
            "validation", "'{kind}' is not a kind of record this app knows.").format(kind=kind)})
    model = KINDS[kind].model
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        fields = errors_by_field(exc, "payload")
        # The cross-field rules did not run (pydantic stops at field errors): add theirs, so
        # every problem shows at once.
        for path, message in rule_problems(model.KIND, payload).items():
            fields.setdefault(f"payload.{path}", message)
        raise RecordInvalid(fields) from None


def validate_version(data: dict) -> RecordVersion:
    """Validate a whole record version, envelope and payload; raises RecordInvalid."""
    try:
        version = RecordVersion.model_validate(data)
    except ValidationError as exc:
        raise RecordInvalid(errors_by_field(exc)) from None
    payload = validate_payload(version.kind, version.payload)
    problems = {}
    # "Never in the future" is judged against the version's own submit time (the same clock
    # that stamped the visit), so the server's clock and the day it checks never matter.
    late = visit_time_problem(payload.visited_at, version.submitted_at)
    if late:
        problems["payload.visited_at"] = late
    if not payload.consent.photo.given:
        for i, att in enumerate(version.attachments):
            if att.shows_person_or_interior:
                problems[f"attachments.{i}"] = translate(
                    "validation", "This photo shows a person or the inside of a home: it needs "
                                  "the resident's consent to photos.")
    if problems:
        raise RecordInvalid(problems)
    # Store the normalised payload (defaults filled, enums as codes) so both sides hash alike.
    version.payload = payload.model_dump(mode="json")
    return version
