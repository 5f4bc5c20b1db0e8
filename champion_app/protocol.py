"""The wire contract of SYNC_PROTOCOL.md, version 1: one implementation, used by client and server.

Request bodies are validated strictly. A push's mutations carry their ``data`` as a plain
dict at the request level and are validated one by one (``parse_mutation``), so one bad
mutation is ``rejected`` on its own instead of failing the whole request with a 422.
"""

from datetime import date, datetime
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from champion_app.cases import COMPLAINT_STEPS, DAMP_STEPS
from champion_app.records import RecordVersion, errors_by_field, validate_version
from champion_app.records.scales import (
    ActionStatus,
    CaseKind,
    CaseState,
    CharterCommitment,
    Escalation,
    Priority,
    ReportedTo,
    ReviewState,
    Topic,
)
from champion_app.storable import OneLine, storable_problem, unstorable_fields

API_VERSION = 1
MAX_MUTATIONS = 500
MAX_PUSH_BYTES = 5 * 1024 * 1024
MAX_BLOB_BYTES = 10 * 1024 * 1024
MAX_PULL_LIMIT = 1000
# Every request from the app names its version here, so a coordinator can see which laptops
# run an old app (the server keeps it per device). A value the server cannot read is ignored.
VERSION_HEADER: Final = "X-Champion-Version"
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        """Text no database can store is refused here, naming the field (champion_app.storable).
        Free-form objects (a mutation's ``data``) are checked by ``parse_mutation`` instead, so
        one bad mutation is rejected on its own."""
        texts = [value] if isinstance(value, str) else (
            [v for v in value if isinstance(v, str)] if isinstance(value, list) else [])
        for text in texts:
            if problem := storable_problem(text):
                raise ValueError(problem)
        return value


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
    device_name: OneLine = Field(min_length=1, max_length=100)


class LoginRequest(Wire):
    username: OneLine = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    device_name: OneLine = Field(min_length=1, max_length=100)


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
    author_id: str = ""  # the coordinator who wrote it, stamped by the server


class Comment(Wire):
    comment_id: Id
    record_id: Id
    body: str = Field(min_length=1, max_length=4000)
    at: datetime


class ServerComment(Comment):
    model_config = ConfigDict(extra="ignore")
    author_id: str = ""  # who wrote it (the record's champion or a coordinator), from the server


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


class CaseEvent(Wire):
    """One step of a hazard case or a complaint referral on a record (coordinators only).

    Append-only: the case's current state is its event with the highest server ``seq``. ``at``
    is when the step happened (it meets the deadline); the server stamps ``author_id``.
    """

    event_id: Id
    record_id: Id
    case: CaseKind
    state: CaseState
    reference: str = Field(default="", max_length=100)
    note: str = Field(default="", max_length=4000)
    at: datetime

    @model_validator(mode="after")
    def _state_belongs_to_case(self):
        allowed = COMPLAINT_STEPS if self.case == CaseKind.complaint else DAMP_STEPS
        if self.state not in allowed:
            raise ValueError(f"'{self.state.value}' is not a step of a {self.case.value} case.")
        return self


class ServerCaseEvent(CaseEvent):
    """A case event as a pull brings it: with its author and seq."""

    model_config = ConfigDict(extra="ignore")
    author_id: str = ""
    seq: int | None = None


# --- push ----------------------------------------------------------------------------------

MutationType = Literal["record_version", "comment", "review", "action", "case_event"]
# The names code compares against, one per member of the Literal types here: a type checker
# sees a slip, and grep finds every use. Nothing outside this module spells them by hand.
RECORD_VERSION: Final = "record_version"
COMMENT: Final = "comment"
REVIEW: Final = "review"
ACTION: Final = "action"
CASE_EVENT: Final = "case_event"


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
    # `applied`, but held for a coordinator: the estate was in the champion's patch and is
    # not any more (the version is stored and counts for nothing until a coordinator
    # accepts it). Absent otherwise.
    needs_reassignment: bool | None = None


class PushAnswer(Answer):
    results: list[MutationResult]


class MutationInvalid(ValueError):
    def __init__(self, fields: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


_DATA_MODELS: dict[MutationType, type[BaseModel]] = {COMMENT: Comment, REVIEW: Review,
                                                     ACTION: Action, CASE_EVENT: CaseEvent}


def parse_mutation(mutation: Mutation, *, storable_checked: bool = False) -> BaseModel:
    """Validate a mutation's data for its type; raises MutationInvalid with plain-word fields.
    ``storable_checked``: the caller has already found every string storable."""
    if not storable_checked and (unstorable := unstorable_fields(mutation.data)):
        raise MutationInvalid(unstorable)
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
                 "review", "comment", "action", "champion", "case_event", "contractor", "record"]
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
CONTRACTOR: Final = "contractor"
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

    @field_validator("changes", mode="before")
    @classmethod
    def _skip_unknown_entities(cls, changes: Any) -> Any:
        """A newer server may send an entity this app has never heard of: it is left out,
        like an unknown field, so an older app keeps syncing. (The cursor still moves past
        it; an app that learns the entity later gets it at its next reset.)"""
        if not isinstance(changes, list):
            return changes
        known = set(get_args(Entity))
        return [c for c in changes
                if not (isinstance(c, dict) and isinstance(c.get("entity"), str)
                        and c["entity"] not in known)]


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


class Contractor(Answer):
    """Who does the work: a contractor firm, or the landlord's own team (``in_house``)."""

    id: str
    name: str
    trades: list[str] = Field(default_factory=list)
    in_house: bool = False


class Job(Answer):
    ref: str
    home_id: str | None = None
    block_id: str | None = None
    estate_id: str | None = None
    description: str = ""
    trade: str = ""
    priority: Priority = Priority.routine
    delivered_by: str = ""
    contractor_id: str | None = None
    reported_at: datetime | None = None
    dispatched_at: datetime | None = None
    completed_at: datetime | None = None
    operative_ids: list[str] = Field(default_factory=list)


class Operative(Answer):
    id: str
    display_name: str
    employer: str = ""
    contractor_id: str | None = None


class Setting(Answer):
    key: str
    value: str


class ServerRecordVersion(RecordVersion):
    """A version as the server sends it back: with ``received_at``, ``seq`` and ``conflict``."""

    model_config = ConfigDict(extra="ignore")
    received_at: datetime
    seq: int
    conflict: bool = False
    needs_reassignment: bool = False  # held for a coordinator after a patch change
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
    # Set when the account was switched off / removed (records stay, naming their author).
    disabled_at: datetime | None = None
    removed_at: datetime | None = None


# --- blobs and coordinator endpoints ----------------------------------------------------------

class BlobsMissingRequest(Wire):
    sha256: list[Sha256] = Field(max_length=1000)


class BlobsMissingAnswer(Answer):
    missing: list[str]


USERNAME_PATTERN = r"^[A-Za-z0-9_.@-]+$"


class NewChampion(Wire):
    username: str = Field(min_length=2, max_length=100, pattern=USERNAME_PATTERN)
    display_name: OneLine = Field(default="", max_length=200)
    estate_ids: list[Id] = Field(default_factory=list)


class PatchUpdate(Wire):
    estate_ids: list[Id]


class AcceptAnswer(Answer):
    """A held record accepted by a coordinator: the versions released from the hold."""

    record_id: str
    released: list[str]


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


# --- accounts (issue 13): admins manage staff, coordinators manage champions ------------------

MIN_PASSWORD = 12
Password = Annotated[str, Field(min_length=MIN_PASSWORD, max_length=1000)]


class Account(Champion):
    """An account as the account endpoints answer it: the same shape as the `champion` entity
    coordinators pull, for any role, with its devices (sessions) and whether it is disabled
    or removed."""


class NewAccount(Wire):
    role: Role
    username: str = Field(min_length=2, max_length=100, pattern=USERNAME_PATTERN)
    display_name: OneLine = Field(default="", max_length=200)
    estate_ids: list[Id] = Field(default_factory=list)
    password: Password | None = Field(
        default=None, description="Coordinators and admins only: champions enrol with codes.")


class PasswordChange(Wire):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: Password


class PasswordReset(Wire):
    new_password: Password


class AuditEntry(Answer):
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any] = Field(default_factory=dict)
