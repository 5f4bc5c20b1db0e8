"""Records: pydantic models for every record kind, scale and enumeration of DOMAIN.md."""

from .common import Attachment, CommonPayload, Complaint, Consent, ConsentItem, Contact
from .draft import Draft
from .envelope import (
    SCHEMA_VERSION,
    RecordInvalid,
    RecordVersion,
    describe_invalid,
    errors_by_field,
    new_id,
    plain_message,
    utc_now,
    validate_payload,
    validate_version,
)
from .kinds import (
    KINDS,
    TSM_CODES,
    BlockPayload,
    DoorstepPayload,
    HouseholdResponse,
    KindRegistry,
    KindSpec,
    OperativeFeedback,
    PostWorksPayload,
    RecordKind,
    WalkaboutPayload,
    WelcomePayload,
)
from .scales import *  # noqa: F403 - the enumerations are this package's vocabulary
from .tsm import tsm_questions
from .visits import visit_time, visit_time_problem

__all__ = [
    "KINDS", "SCHEMA_VERSION", "TSM_CODES", "Attachment", "BlockPayload", "CommonPayload",
    "Complaint", "Consent", "ConsentItem", "Contact", "DoorstepPayload", "Draft",
    "HouseholdResponse", "KindRegistry", "KindSpec", "OperativeFeedback", "PostWorksPayload",
    "RecordInvalid", "RecordKind", "RecordVersion", "WalkaboutPayload", "WelcomePayload",
    "describe_invalid", "errors_by_field", "new_id", "plain_message", "tsm_questions", "utc_now",
    "validate_payload", "validate_version", "visit_time", "visit_time_problem",
]
