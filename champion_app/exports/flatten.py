"""Records as flat, labelled rows: one per record's current version, and one per operative.

The one flattening both programs use (``champion-app export`` and ``champion-server export
records``): names instead of ids (estate, block, home, contractor, operative), every answer
as its label and, beside it, its code, so a spreadsheet reads plainly and a script can still
count. Columns come from the kinds' payload models, so a field added to a kind appears here
without a change. Contact details and access needs are personal data: they are left out
unless asked for (``personal=True``).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from champion_app.records import KINDS
from champion_app.records.scales import CONDITION_ITEMS, Labelled, condition_item_label
from champion_app.reports.questions import CHECK_LABELS, CHECKS, questions


@dataclass
class Lookups:
    """Names for the ids a version carries (each program fills it from its own tables)."""

    estates: dict[str, str] = field(default_factory=dict)
    blocks: dict[str, str] = field(default_factory=dict)
    homes: dict[str, str] = field(default_factory=dict)
    jobs: dict[str, dict] = field(default_factory=dict)
    contractors: dict[str, str] = field(default_factory=dict)
    operatives: dict[str, dict] = field(default_factory=dict)   # id -> {display_name, contractor_id}
    people: dict[str, str] = field(default_factory=dict)        # author id -> name

    def contractor_of_job(self, body: dict) -> str:
        job = self.jobs.get(body.get("job_ref") or "") or {}
        if job.get("contractor_id"):
            return self.contractors.get(job["contractor_id"], job["contractor_id"])
        return job.get("delivered_by") or (body.get("payload") or {}).get("delivered_by") or ""


@dataclass(frozen=True)
class Extra:
    """What is known about a version besides its body: where it is in sync, its review."""

    state: str = ""
    review: str = ""


def yes_no(value: Any) -> str:
    return "" if value is None else ("yes" if value else "no")


def _scale_of(annotation: Any) -> type[Labelled] | None:
    """The scale a field is answered on (``Satisfaction | None`` -> Satisfaction)."""
    if isinstance(annotation, type) and issubclass(annotation, Labelled):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _scale_of(arg)
            if found:
                return found
    return None


def _label(scale: type[Labelled] | None, code: Any) -> str:
    if code is None or code == "":
        return ""
    if scale is not None:
        try:
            return scale(code).label
        except ValueError:
            return str(code)
    return str(code)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value)


Getter = Callable[[dict, Lookups, Extra], str]
# Fields with columns of their own below, or personal (see the module's docstring).
_OWN = {"ratings", "conditions", "operatives", "responses", "contact", "consent", "complaint",
        "what_was_said", "hazard", "hazard_details", "collection_method", "respondent",
        "topics", "access_needs", "access_needs_consent"} | {
    q.code for q in questions() if q.column and not q.code.startswith("TP")}
_PRETTY = {"part1_rating": "Part 1 rating", "part2_rating": "Part 2 rating",
           "how_reported": "How reported", "welcome_pack_format": "Welcome pack format"}


def pretty(name: str) -> str:
    return _PRETTY.get(name, name.replace("_", " ").capitalize())


def _payload(body: dict) -> dict:
    return body.get("payload") or {}


def _answer_columns(header: str, read: Callable[[dict], Any],
                    scale: type[Labelled] | None) -> list[tuple[str, Getter]]:
    """A label column, and for answers on a scale a code column beside it."""
    if scale is None:
        return [(header, lambda b, _l, _e: _text(read(b)))]

    def label(b: dict, _l: Lookups, _e: Extra) -> str:
        value = read(b)
        if isinstance(value, list):
            return "; ".join(_label(scale, v) for v in value)
        return _label(scale, value)

    return [(header, label), (f"{header} [code]", lambda b, _l, _e: _text(read(b)))]


def _model_fields() -> dict[str, Any]:
    """Every payload field of every kind, first seen first, with its annotation."""
    found: dict[str, Any] = {}
    for spec in KINDS:
        for name, info in spec.model.model_fields.items():
            found.setdefault(name, info.annotation)
    return found


def record_columns(personal: bool = False) -> list[tuple[str, Getter]]:
    fields = _model_fields()

    def pay(name: str) -> Callable[[dict], Any]:
        return lambda b: _payload(b).get(name)

    cols: list[tuple[str, Getter]] = [
        ("Record ID", lambda b, _l, _e: b["record_id"]),
        ("Version ID", lambda b, _l, _e: b["version_id"]),
        ("Kind", lambda b, _l, _e: KINDS[b["kind"]].label if b["kind"] in KINDS else b["kind"]),
        ("Kind [code]", lambda b, _l, _e: b["kind"]),
        ("Estate", lambda b, lk, _e: lk.estates.get(b["estate_id"], b["estate_id"])),
        ("Block", lambda b, lk, _e: lk.blocks.get(b.get("block_id") or "", b.get("block_id") or "")),
        ("Home", lambda b, lk, _e: lk.homes.get(b.get("home_id") or "", b.get("home_id") or "")),
        ("Job ref", lambda b, _l, _e: b.get("job_ref") or ""),
        ("Visit (UTC)", lambda b, _l, _e: b.get("created_at") or ""),
        ("Submitted (UTC)", lambda b, _l, _e: b.get("submitted_at") or ""),
        ("Champion", lambda b, lk, _e: lk.people.get(b.get("author_id") or "",
                                                     b.get("author_id") or "")),
        ("State", lambda _b, _l, e: e.state),
        ("Review", lambda _b, _l, e: e.review),
    ]
    for name in ("collection_method", "respondent", "hazard"):
        cols += _answer_columns(pretty(name), pay(name), _scale_of(fields[name]))
    cols += [
        ("Hazard details", lambda b, _l, _e: _text(_payload(b).get("hazard_details"))),
        ("Complaint offered", lambda b, _l, _e: yes_no(
            (_payload(b).get("complaint") or {}).get("offered"))),
        ("Wants to complain", lambda b, _l, _e: yes_no(
            (_payload(b).get("complaint") or {}).get("wants_to_complain"))),
        ("What was said", lambda b, _l, _e: _text(_payload(b).get("what_was_said"))),
    ]
    cols += _answer_columns("Topics", pay("topics"), _scale_of(fields["topics"]))
    from champion_app.records.scales import Agreement, Satisfaction

    for q in questions():
        if not q.column:
            continue
        scale = Agreement if q.agreement else Satisfaction
        path = (lambda b, c=q.code: (_payload(b).get("ratings") or {}).get(c)) \
            if q.code.startswith("TP") else pay(q.code)
        cols += _answer_columns(q.label, path, scale)
    cols.append(("Contractor or in-house team", lambda b, lk, _e: lk.contractor_of_job(b)))
    for name, annotation in fields.items():
        if name in _OWN:
            continue
        cols += _answer_columns(pretty(name), pay(name), _scale_of(annotation))
    from champion_app.records.scales import Condition

    for item in CONDITION_ITEMS:
        cols += _answer_columns(f"Condition: {condition_item_label(item)}",
                                _inside("conditions", item), Condition)
    cols.append(("Household responses", lambda b, _l, _e: _households(_payload(b))))
    cols.append(("Operatives", lambda b, _l, _e: str(len(_payload(b).get("operatives") or []))))
    for name in ("contact", "photo", "quote_in_you_said_we_did"):
        cols.append((f"Consent: {pretty(name)}", _consent(name)))
    if personal:
        for name in ("name", "phone", "email", "wants_callback"):
            cols.append((f"Contact: {pretty(name)}", _as_text(_inside("contact", name))))
        cols += _answer_columns("Access needs", pay("access_needs"),
                                _scale_of(fields["access_needs"]))
    return cols


def _inside(field: str, key: str) -> Callable[[dict], Any]:
    """Reads ``payload[field][key]`` (a condition, a contact detail)."""
    return lambda b: (_payload(b).get(field) or {}).get(key)


def _as_text(read: Callable[[dict], Any]) -> Getter:
    return lambda b, _l, _e: _text(read(b))


def _consent(name: str) -> Getter:
    return lambda b, _l, _e: yes_no(((_payload(b).get("consent") or {}).get(name) or {})
                                    .get("given"))


def _households(payload: dict) -> str:
    from champion_app.records.scales import Satisfaction

    parts = []
    for r in payload.get("responses") or []:
        who = f"flat {r['flat']}: " if r.get("flat") else ""
        comment = f" – {r['comment']}" if r.get("comment") else ""
        parts.append(f"{who}{_label(Satisfaction, r.get('rating'))}{comment}")
    return " | ".join(parts)


def operative_columns() -> list[tuple[str, Callable[[dict, dict, Lookups], str]]]:
    from champion_app.records.scales import Check, Satisfaction

    def op_name(o: dict, lk: Lookups) -> str:
        known = lk.operatives.get(o.get("operative_id") or "") or {}
        return known.get("display_name") or o.get("name_as_given") or o.get("operative_id") or ""

    def op_contractor(b: dict, o: dict, lk: Lookups) -> str:
        known = lk.operatives.get(o.get("operative_id") or "") or {}
        if known.get("contractor_id"):
            return lk.contractors.get(known["contractor_id"], known["contractor_id"])
        return lk.contractor_of_job(b)

    cols: list[tuple[str, Callable[[dict, dict, Lookups], str]]] = [
        ("Record ID", lambda b, _o, _l: b["record_id"]),
        ("Visit (UTC)", lambda b, _o, _l: b.get("created_at") or ""),
        ("Estate", lambda b, _o, lk: lk.estates.get(b["estate_id"], b["estate_id"])),
        ("Job ref", lambda b, _o, _l: b.get("job_ref") or ""),
        ("Operative", lambda _b, o, lk: op_name(o, lk)),
        ("Operative ID", lambda _b, o, _l: o.get("operative_id") or ""),
        ("Name as given", lambda _b, o, _l: o.get("name_as_given") or ""),
        ("Contractor or in-house team", op_contractor),
    ]
    def answer(check: str, scale: type[Labelled] | None):
        return lambda _b, o, _l: _label(scale, o.get(check)) if scale else _text(o.get(check))

    for check in CHECKS:
        cols.append((CHECK_LABELS[check], answer(check, Check)))
        cols.append((f"{CHECK_LABELS[check]} [code]", answer(check, None)))
    cols.append(("Overall", lambda _b, o, _l: _label(Satisfaction, o.get("overall"))))
    cols.append(("Overall [code]", lambda _b, o, _l: _text(o.get("overall"))))
    cols.append(("Compliment", lambda _b, o, _l: _text(o.get("compliment"))))
    return cols


class Flattener:
    """Turns version bodies into rows of `record_columns` and `operative_columns`."""

    def __init__(self, lookups: Lookups, *, personal: bool = False) -> None:
        self.lookups = lookups
        self.personal = personal
        self._records = record_columns(personal)
        self._operatives = operative_columns()

    @property
    def record_headers(self) -> list[str]:
        return [h for h, _ in self._records]

    @property
    def operative_headers(self) -> list[str]:
        return [h for h, _ in self._operatives]

    def record_row(self, body: dict, extra: Extra = Extra()) -> list[str]:
        return [get(body, self.lookups, extra) for _, get in self._records]

    def operative_rows(self, body: dict) -> Iterator[list[str]]:
        for o in _payload(body).get("operatives") or []:
            yield [get(body, o, self.lookups) for _, get in self._operatives]
