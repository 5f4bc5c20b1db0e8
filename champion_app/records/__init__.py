"""Records: pydantic models for every record kind, scale and enumeration of DOMAIN.md."""

from .common import Attachment, CommonPayload, Complaint, Consent, ConsentItem, Contact
from .envelope import (
    SCHEMA_VERSION,
    RecordInvalid,
    RecordVersion,
    errors_by_field,
    new_id,
    utc_now,
    validate_payload,
    validate_version,
)
from .kinds import (
    PAYLOAD_MODELS,
    TSM_CODES,
    BlockPayload,
    DoorstepPayload,
    HouseholdResponse,
    OperativeFeedback,
    PostWorksPayload,
    WalkaboutPayload,
    WelcomePayload,
)
from .scales import *  # noqa: F403 - the enumerations are this package's vocabulary
from .tsm import tsm_questions

__all__ = [
    "PAYLOAD_MODELS", "SCHEMA_VERSION", "TSM_CODES", "Attachment", "BlockPayload",
    "CommonPayload", "Complaint", "Consent", "ConsentItem", "Contact", "DoorstepPayload",
    "HouseholdResponse", "OperativeFeedback", "PostWorksPayload", "RecordInvalid",
    "RecordVersion", "WalkaboutPayload", "WelcomePayload", "errors_by_field", "new_id",
    "tsm_questions", "utc_now", "validate_payload", "validate_version",
]
