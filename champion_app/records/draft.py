"""A draft: a record's editable content, saved as it is typed and frozen by submit."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Draft(BaseModel):
    """What a form holds and the store keeps until submit: kind, place, answers, photos.

    A draft may be incomplete or wrong (only the kind is needed to save one: a laptop that has
    never connected has no estate to offer yet); submit turns it into a validated
    `RecordVersion`, which needs the estate. The payload and attachments stay plain JSON
    here for that reason.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")  # a misspelt part never vanishes

    kind: str
    estate_id: str | None = None
    block_id: str | None = None
    home_id: str | None = None
    job_ref: str | None = None
    payload: dict[str, Any] = Field(default_factory=dict)
    attachments: list[dict[str, Any]] = Field(default_factory=list)

    @field_validator("estate_id", "block_id", "home_id", "job_ref", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return value or None  # an empty picker means "not chosen"

    @classmethod
    def from_version(cls, version: dict[str, Any]) -> "Draft":
        """The draft that edits a stored version: its content, without its identity."""
        return cls.model_validate({key: version[key] for key in cls.model_fields if key in version})
