"""Every entity a pull can carry, with the reference entities declared once.

A reference entity (estates, blocks, homes, jobs, operatives, settings, and for coordinators
the champion accounts) is one `ReferenceEntity` in `REFERENCE`: its wire name and protocol
model, the local table and key that keep it on a laptop, who hears of its changes on the
server, and how the server imports it from a CSV export (docs/import.md). The store's pull,
reset and reference writes, the server's import and the demo patch all loop over this
registry, so a new entity is one entry here plus its protocol model, its
member of `protocol.Entity` and its local table.

`parse_change` turns a wire `Change` into a `PulledChange` whose data is the entity's model:
the store only ever sees validated, typed data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from champion_app.protocol import (
    ACTION,
    BLOCK,
    CASE_EVENT,
    CHAMPION,
    COMMENT,
    CONTRACTOR,
    ESTATE,
    HOME,
    JOB,
    OPERATIVE,
    PUT,
    RECORD,
    RECORD_VERSION,
    REVIEW,
    SETTING,
    Block,
    Champion,
    Change,
    Contractor,
    Entity,
    ErasedRecord,
    Estate,
    Home,
    Job,
    Op,
    Operative,
    ServerAction,
    ServerCaseEvent,
    ServerComment,
    ServerRecordVersion,
    ServerReview,
    Setting,
)
from champion_app.records import describe_invalid
from champion_app.records.scales import Priority

# Who hears of a change on the server: everyone, champions whose patch holds its estate, or
# coordinators only (server/pull.py).
Audience = Literal["all", "estate", "coordinator"]

YES = frozenset({"yes", "y", "true", "1"})
NO = frozenset({"no", "n", "false", "0"})
# HACT WorkPriorityCode, as housing systems export it.
HACT_PRIORITY = {"1": "immediate", "2": "emergency", "3": "urgent", "4": "routine",
                 "5": "inspection", "normal": "routine"}
# Repair targets per priority, in hours or (as many landlords publish them) in days.
# ``dispatch_target_*``: reported -> operative dispatched (part 1 of the journey), optional.
# ``target_days``: whether the days of those targets are ``working`` days (the default:
# England's bank holidays and weekends do not count) or ``calendar`` days.
SETTING_KEYS = frozenset(
    {"landlord_name", "emergency_repairs_phone", "complaints_phone", "target_days",
     "idle_lock_minutes"}
    | {f"{kind}_{p.value}_{unit}" for kind in ("target", "dispatch_target") for p in Priority
       for unit in ("hours", "days")})
TARGET_DAYS = ("working", "calendar")
# Minutes without use after which the app locks itself (docs/security.md).
IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT, IDLE_LOCK_RANGE = "idle_lock_minutes", 15, range(1, 481)


def idle_lock_minutes(settings: Mapping[str, str]) -> int:
    """The landlord's idle-lock time from the settings, or the default when unset or odd."""
    text = str(settings.get(IDLE_LOCK_KEY, "")).strip()
    return int(text) if text.isdigit() and int(text) in IDLE_LOCK_RANGE else IDLE_LOCK_DEFAULT


def _yes_no(text: str) -> Any:
    value = text.lower()
    return value in YES if value in YES | NO else text  # anything else: the model says why


def _priority(text: str) -> str:
    return HACT_PRIORITY.get(text.lower(), text.lower())


def _id_list(text: str) -> list[str]:
    return [part for part in re.split(r"[;,\s]+", text) if part]


def _text_list(text: str) -> list[str]:
    """"Plumbing; Gas and heating" as a list (names may hold spaces, so only ``;`` splits)."""
    return [part.strip() for part in text.split(";") if part.strip()]


def _setting_key(data: dict) -> str | None:
    if data["key"] not in SETTING_KEYS:
        return (f"key: {data['key']} is not a setting; use one of "
                f"{', '.join(sorted(SETTING_KEYS))}.")
    if data["key"] == IDLE_LOCK_KEY and not (
            data["value"].strip().isdigit() and int(data["value"]) in IDLE_LOCK_RANGE):
        return f"value: {IDLE_LOCK_KEY} is a number of minutes from 1 to 480."
    if data["key"] == "target_days" and data["value"] not in TARGET_DAYS:
        return f"value: target_days is {' or '.join(TARGET_DAYS)}, not {data['value']}."
    if data["key"].endswith(("_hours", "_days")) and data["key"] != "target_days":
        try:
            if float(data["value"]) <= 0:
                raise ValueError
        except ValueError:
            return f"value: {data['key']} must be a number above 0, not {data['value']}."
    return None


@dataclass(frozen=True)
class Link:
    """A field that names another entity (a job's ``contractor_id``). When a row leaves it
    out, the row's ``by_name`` text (``delivered_by``) is matched to that entity's names."""

    field: str
    entity: Entity
    by_name: str = ""


def resolve_links(links: tuple[Link, ...], data: dict,
                  names: Mapping[Entity, Mapping[str, str]]) -> str | None:
    """Check and fill ``data``'s links in place; ``names[entity]`` maps ids to names.

    A given id must exist; a missing one is found by name (case and spacing ignored) or
    left empty. Returns the problem in plain words, or None.
    """
    for link in links:
        known = names.get(link.entity, {})
        given = data.get(link.field)
        if given:
            if given not in known:
                return (f"{link.field}: no {link.entity} {given} (import "
                        f"{REFERENCE[link.entity].table} first).")
            continue
        text = " ".join(str(data.get(link.by_name) or "").split()).casefold()
        if text:
            data[link.field] = next((key for key, name in known.items()
                                     if " ".join(name.split()).casefold() == text), None)
    return None


@dataclass(frozen=True)
class CsvImport:
    """How `champion-server import <table>` reads the entity from a CSV export."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    # Turns a cell's text into what the model takes (yes/no, HACT codes, "OP1;OP2" lists).
    cells: Mapping[str, Callable[[str], Any]] = field(default_factory=dict)
    # The fields that place a row in an estate, first given wins, with the entity each names:
    # the row's changes go to the champions whose patch holds that estate.
    placed_by: tuple[tuple[str, Entity], ...] = ()
    # A further rule on the validated row: the problem in plain words, or None.
    check: Callable[[dict], str | None] | None = None
    # Fields naming another entity, checked (and found by name when left out) on import.
    links: tuple[Link, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


@dataclass(frozen=True)
class ReferenceEntity:
    name: Entity               # on the wire
    model: type[BaseModel]     # what a `put` carries (champion_app.protocol)
    table: str                 # the laptop's table; also the import's name ("estates")
    key: str                   # the key field, in the model and the table
    audience: Audience
    csv: CsvImport | None = None   # None: not imported from CSV
    body_only: bool = False        # kept on the laptop as one JSON body, not in columns

    @property
    def imported(self) -> CsvImport:
        """How it is imported from CSV; only asked of entities that are (`IMPORTABLE`)."""
        if self.csv is None:
            raise ValueError(f"{self.name} is not imported from CSV")
        return self.csv


REFERENCE: dict[Entity, ReferenceEntity] = {ref.name: ref for ref in (
    ReferenceEntity(ESTATE, Estate, "estates", "id", "estate",
                    CsvImport(("id", "name"), ("area",))),
    ReferenceEntity(BLOCK, Block, "blocks", "id", "estate",
                    CsvImport(("id", "estate_id", "name"), ("address", "has_communal_areas"),
                              cells={"has_communal_areas": _yes_no},
                              placed_by=(("estate_id", ESTATE),))),
    ReferenceEntity(HOME, Home, "homes", "id", "estate",
                    CsvImport(("id", "address"), ("block_id", "estate_id", "uprn"),
                              placed_by=(("block_id", BLOCK), ("estate_id", ESTATE)))),
    ReferenceEntity(CONTRACTOR, Contractor, "contractors", "id", "all",
                    CsvImport(("id", "name"), ("trades", "in_house"),
                              cells={"trades": _text_list, "in_house": _yes_no})),
    ReferenceEntity(JOB, Job, "jobs", "ref", "estate",
                    CsvImport(("ref",), ("home_id", "block_id", "estate_id", "description",
                                         "trade", "priority", "delivered_by", "contractor_id",
                                         "reported_at", "dispatched_at", "completed_at",
                                         "operative_ids"),
                              cells={"priority": _priority, "operative_ids": _id_list},
                              placed_by=(("home_id", HOME), ("block_id", BLOCK),
                                         ("estate_id", ESTATE)),
                              links=(Link("contractor_id", CONTRACTOR, "delivered_by"),))),
    ReferenceEntity(OPERATIVE, Operative, "operatives", "id", "all",
                    CsvImport(("id", "display_name"), ("employer", "contractor_id"),
                              links=(Link("contractor_id", CONTRACTOR, "employer"),))),
    ReferenceEntity(SETTING, Setting, "settings", "key", "all",
                    CsvImport(("key", "value"), check=_setting_key)),
    ReferenceEntity(CHAMPION, Champion, "champions", "id", "coordinator", body_only=True),
)}
BY_TABLE: dict[str, ReferenceEntity] = {ref.table: ref for ref in REFERENCE.values()}
# What `champion-server import` takes, in an order that imports places before what is in them.
IMPORTABLE: tuple[str, ...] = tuple(ref.table for ref in REFERENCE.values() if ref.csv)


def csv_values(ref: ReferenceEntity, raw: Mapping[str, str | None]) -> dict[str, Any]:
    """A CSV row as the model takes it: blank cells left out, cells converted, no ``deleted``."""
    row = {k: v.strip() for k, v in raw.items() if v is not None and v.strip()}
    row.pop("deleted", None)
    cells = ref.csv.cells if ref.csv else {}
    return {k: cells[k](v) if k in cells else v for k, v in row.items()}


# --- pulled changes ---------------------------------------------------------------------------

PULLED_MODELS: dict[Entity, type[BaseModel]] = {
    **{name: ref.model for name, ref in REFERENCE.items()},
    RECORD_VERSION: ServerRecordVersion, REVIEW: ServerReview, COMMENT: ServerComment,
    ACTION: ServerAction, CASE_EVENT: ServerCaseEvent,
    RECORD: ErasedRecord,  # only ever deleted (parse_change refuses a put)
}


@dataclass(frozen=True)
class PulledChange:
    """A pulled change whose data was validated against its entity's model (None: a delete)."""

    seq: int
    entity: Entity
    id: str
    op: Op
    data: BaseModel | None = None


class ChangeInvalid(ValueError):
    """A pulled change that does not fit its entity's model (the message says which)."""


def parse_change(change: Change) -> PulledChange:
    data = None
    if change.entity == RECORD and change.op == PUT:
        raise ChangeInvalid(f"record {change.id} (seq {change.seq}): a record is only ever "
                            "deleted as a whole")
    if change.op == PUT:
        if change.data is None:
            raise ChangeInvalid(f"{change.entity} {change.id} put without data")
        try:
            data = PULLED_MODELS[change.entity].model_validate(change.data)
        except ValidationError as exc:
            # The fields and why, never the values: this text may reach the log.
            raise ChangeInvalid(f"{change.entity} {change.id} (seq {change.seq}) is not "
                                f"valid: {describe_invalid(exc)[:300]}") from exc
    return PulledChange(change.seq, change.entity, change.id, change.op, data)
