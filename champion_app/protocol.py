"""The wire contract of SYNC_PROTOCOL.md, version 1: one implementation, used by client and server.

Request bodies are validated strictly. A push's mutations carry their ``data`` as a plain
dict at the request level and are validated one by one (``parse_mutation``), so one bad
mutation is ``rejected`` on its own instead of failing the whole request with a 422.
"""

from datetime import date, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from champion_app.records import RecordVersion, errors_by_field, validate_version
from champion_app.records.scales import (
    ActionStatus,
    CharterCommitment,
    Escalation,
    Priority,
    ReportedTo,
    ReviewState,
    Topic,
)

API_VERSION = 1
MAX_MUTATIONS = 500
MAX_PUSH_BYTES = 5 * 1024 * 1024
MAX_BLOB_BYTES = 10 * 1024 * 1024
MAX_PULL_LIMIT = 1000
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    """Server answers: unknown fields are ignored, so a newer server does not break an older app."""

    model_config = ConfigDict(extra="ignore")


# --- errors and meta -------------------------------------------------------------------

class ErrorDetail(Answer):
    code: str
    message: str
    fields: dict[str, str] = Field(default_factory=dict)


class ErrorBody(Answer):
    error: ErrorDetail


# The 401 a revoked device gets when a coordinator asked for it to be wiped (a lost laptop):
# the app deletes residents' data from it and says so.
DEVICE_WIPED: Final = "device_wiped"


class Meta(Answer):
    api_version: int
    server_time: datetime
    server_epoch: str
    landlord_name: str
    emergency_repairs_phone: str
    min_client_version: str


# --- authentication --------------------------------------------------------------------

class EnrolRequest(Wire):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=100)


class LoginRequest(Wire):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    device_name: str = Field(min_length=1, max_length=100)


Role = Literal["admin", "coordinator", "champion"]


class UserInfo(Answer):
    id: str
    username: str
    display_name: str
    role: Role
    estate_ids: list[str] = Field(default_factory=list)


class AuthAnswer(Answer):
    token: str
    device_id: str
    user: UserInfo


# --- coordinator entities ----------------------------------------------------------------

class Review(Wire):
    review_id: Id
    version_id: Id
    state: ReviewState
    note: str = Field(default="", max_length=4000)
    at: datetime


class ServerReview(Review):
    """A review as a pull brings it: a newer server may add fields."""

    model_config = ConfigDict(extra="ignore")


class Comment(Wire):
    comment_id: Id
    record_id: Id
    body: str = Field(min_length=1, max_length=4000)
    at: datetime


class ServerComment(Comment):
    model_config = ConfigDict(extra="ignore")


class Action(Wire):
    """A "You said, we did" action. The server assigns ``version``; edits name ``base_version``."""

    action_id: Id
    base_version: int = Field(default=0, ge=0)
    estate_id: Id
    source_record_ids: list[Id] = Field(default_factory=list, max_length=200)
    category: list[Topic] = Field(default_factory=list)
    owner_team: str = Field(default="", max_length=200)
    you_said: str = Field(default="", max_length=4000)
    we_did: str = Field(default="", max_length=4000)
    status: ActionStatus = ActionStatus.logged
    status_reason: str = Field(default="", max_length=2000)
    due_date: date | None = None
    escalation: Escalation = Escalation.none
    published: bool = False
    reported_to: list[ReportedTo] = Field(default_factory=list)
    charter_commitment: list[CharterCommitment] = Field(default_factory=list)


class ServerAction(Action):
    model_config = ConfigDict(extra="ignore")
    version: int


# --- push ----------------------------------------------------------------------------------

MutationType = Literal["record_version", "comment", "review", "action"]
# The names code compares against, one per member of the Literal types here: a type checker
# sees a slip, and grep finds every use. Nothing outside this module spells them by hand.
RECORD_VERSION: Final = "record_version"
COMMENT: Final = "comment"
REVIEW: Final = "review"
ACTION: Final = "action"


class Mutation(Wire):
    mutation_id: Id
    type: MutationType
    data: dict[str, Any]


class PushRequest(Wire):
    device_id: Id
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS)


ResultStatus = Literal["applied", "duplicate", "rejected", "conflict", "needs_blobs"]
APPLIED: Final = "applied"
DUPLICATE: Final = "duplicate"
REJECTED: Final = "rejected"
CONFLICT: Final = "conflict"
NEEDS_BLOBS: Final = "needs_blobs"
# Answers that mean "the server has it": the outbox row goes, the version is sent.
ACKNOWLEDGED: Final[frozenset[ResultStatus]] = frozenset({APPLIED, DUPLICATE})


class MutationResult(Answer):
    mutation_id: str
    status: ResultStatus
    seq: int | None = None
    error: ErrorDetail | None = None
    current: dict[str, Any] | None = None
    missing: list[str] | None = None


class PushAnswer(Answer):
    results: list[MutationResult]


class MutationInvalid(ValueError):
    def __init__(self, fields: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


_DATA_MODELS: dict[MutationType, type[BaseModel]] = {COMMENT: Comment, REVIEW: Review,
                                                     ACTION: Action}


def parse_mutation(mutation: Mutation) -> BaseModel:
    """Validate a mutation's data for its type; raises MutationInvalid with plain-word fields."""
    if mutation.type == RECORD_VERSION:
        from champion_app.records import RecordInvalid

        try:
            return validate_version(mutation.data)
        except RecordInvalid as exc:
            raise MutationInvalid(exc.fields) from None
    try:
        return _DATA_MODELS[mutation.type].model_validate(mutation.data)
    except ValidationError as exc:
        raise MutationInvalid(errors_by_field(exc)) from None


# --- pull ----------------------------------------------------------------------------------

Entity = Literal["estate", "block", "home", "job", "operative", "setting", "record_version",
                 "review", "comment", "action", "champion", "record"]
ESTATE: Final = "estate"
BLOCK: Final = "block"
HOME: Final = "home"
JOB: Final = "job"
OPERATIVE: Final = "operative"
SETTING: Final = "setting"
CHAMPION: Final = "champion"
# Delete only: a record erased on the server (retention or an erasure request). Everything of
# it goes: its versions, reviews, comments, a draft or queued edit of it, its photos.
RECORD: Final = "record"
Op = Literal["put", "delete"]
PUT: Final = "put"
DELETE: Final = "delete"


class Change(Answer):
    seq: int
    entity: Entity
    id: str
    op: Op
    data: dict[str, Any] | None = None


class PullAnswer(Answer):
    server_epoch: str
    reset: bool = False
    changes: list[Change]
    cursor: int = Field(ge=0)
    has_more: bool


# --- reference data (what `put` changes carry) -----------------------------------------------

class Estate(Answer):
    id: str
    name: str
    area: str = ""


class Block(Answer):
    id: str
    estate_id: str
    name: str
    address: str = ""
    has_communal_areas: bool = True


class Home(Answer):
    id: str
    block_id: str | None = None
    estate_id: str | None = None
    address: str
    uprn: str | None = None


class Job(Answer):
    ref: str
    home_id: str | None = None
    block_id: str | None = None
    estate_id: str | None = None
    description: str = ""
    trade: str = ""
    priority: Priority = Priority.routine
    delivered_by: str = ""
    reported_at: datetime | None = None
    dispatched_at: datetime | None = None
    completed_at: datetime | None = None
    operative_ids: list[str] = Field(default_factory=list)


class Operative(Answer):
    id: str
    display_name: str
    employer: str = ""


class Setting(Answer):
    key: str
    value: str


class ServerRecordVersion(RecordVersion):
    """A version as the server sends it back: with ``received_at``, ``seq`` and ``conflict``."""

    model_config = ConfigDict(extra="ignore")
    received_at: datetime
    seq: int
    conflict: bool = False
    # Set when the server removed the contact details at the end of their retention period:
    # the laptop replaces its copy of the version with this one.
    contact_cleared_at: datetime | None = None


class Champion(Answer):
    id: str
    username: str
    display_name: str
    role: Role
    estate_ids: list[str] = Field(default_factory=list)
    devices: list[dict[str, Any]] = Field(default_factory=list)


# --- blobs and coordinator endpoints ----------------------------------------------------------

class BlobsMissingRequest(Wire):
    sha256: list[Sha256] = Field(max_length=1000)


class BlobsMissingAnswer(Answer):
    missing: list[str]


class NewChampion(Wire):
    username: str = Field(min_length=2, max_length=100, pattern=r"^[A-Za-z0-9_.@-]+$")
    display_name: str = Field(default="", max_length=200)
    estate_ids: list[Id] = Field(default_factory=list)


class PatchUpdate(Wire):
    estate_ids: list[Id]


class EnrolmentCode(Answer):
    username: str
    code: str
    expires_at: datetime


# --- erasure (coordinators) ----------------------------------------------------------------------

class ContactMatch(Wire):
    """How a resident is found: every detail given must match what a record holds of them."""

    name: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=254)

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.email.strip())


class ErasureRequest(Wire):
    """Erase every record of one home, of one resident (by contact details), or one record.
    ``dry_run`` (the default) only says what would go."""

    home_id: Id | None = None
    contact: ContactMatch | None = None
    record_id: Id | None = None
    dry_run: bool = True

    @model_validator(mode="after")
    def _one_target(self):
        given = [self.home_id is not None, self.contact is not None and not
                 self.contact.is_empty(), self.record_id is not None]
        if sum(given) != 1:
            raise ValueError("Give exactly one of: a home, a resident's contact details, or "
                             "a record.")
        return self


class ErasedRecord(Answer):
    record_id: str
    kind: str
    estate_id: str
    home_id: str | None = None
    submitted_at: datetime | None = None


class ErasureAnswer(Answer):
    dry_run: bool
    records: list[ErasedRecord]
    versions: int
    photos: int
