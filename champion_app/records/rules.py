"""Rules that look across fields, checked on the plain answers (JSON-like dicts).

They run on the raw form too, not only after every field is valid, so Submit shows every
problem at once ("offer the complaint" together with "choose a rating"), not one round at a
time. Each rule reads defensively: a wrong-typed value is left to the field checks.
"""

from datetime import date, datetime

from ..i18n import translate

DISSATISFIED_CODES = frozenset({"fairly_dissatisfied", "very_dissatisfied"})

# Where each kind keeps its answers to the TSM-aligned questions: a doorstep's `ratings` by
# code, a post-works visit's overall ratings in TP02 and TP03 wording.
TSM_FIELDS = {"post_works": {"TP02": "repair_rating", "TP03": "time_taken_rating"}}
# The TSM rules do not ask shared owners (low-cost home ownership) about repairs and upkeep.
NOT_FOR_SHARED_OWNERS = ("TP02", "TP03", "TP04")

# What the models strip from text (pydantic trims Unicode White_Space, as Rust's str::trim
# does). Python's str.strip() strips more (\x1c-\x1f), so a rule using it would call text
# the model keeps "empty".
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u2028\u2029\u202f\u205f\u3000")


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _blank(value) -> bool:
    return not str(value or "").strip(WHITE_SPACE)


def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _moment(value) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def tsm_answers(kind: str, payload: dict) -> dict[str, tuple[str, object]]:
    """``{"TP02": ("repair_rating", "fairly_satisfied")}``: the TSM-aligned questions a
    payload answers, each with the payload path that holds the answer."""
    if kind == "doorstep":
        return {code: (f"ratings.{code}", answer)
                for code, answer in _dict(payload.get("ratings")).items()
                if answer not in (None, "")}
    return {code: (key, payload.get(key)) for code, key in TSM_FIELDS.get(kind, {}).items()
            if payload.get(key) not in (None, "")}


def satisfaction_answers(kind: str, payload: dict) -> list:
    """Every answer on the satisfaction scale in a payload of ``kind``."""
    if kind == "doorstep":
        return [v for code, v in _dict(payload.get("ratings")).items() if code != "TP08"]
    if kind == "post_works":
        keys = ("ease_of_reporting", "part1_rating", "part2_rating", "repair_rating",
                "time_taken_rating")
        return [payload.get(k) for k in keys] + [
            _dict(op).get("overall") for op in _list(payload.get("operatives"))]
    if kind == "block":
        return [_dict(r).get("rating") for r in _list(payload.get("responses"))]
    return []


def _common(kind: str, p: dict, problems: dict) -> None:
    consent = _dict(_dict(p.get("consent")).get("contact"))
    contact = _dict(p.get("contact"))
    complaint = _dict(p.get("complaint"))
    if not consent.get("given") and any(contact.get(k) for k in
                                        ("name", "phone", "email", "wants_callback")):
        problems["contact"] = translate(
            "rules", "Contact details are only kept when the resident agrees to be "
                     "contacted. Tick the contact consent or clear the contact details.")
    if contact.get("wants_callback") and not (contact.get("phone") or contact.get("email")):
        problems["contact.phone"] = translate(
            "rules", "A call back needs a phone number or an email address.")
    if complaint.get("wants_to_complain") and not complaint.get("offered"):
        problems["complaint.offered"] = translate(
            "rules", "The resident wants to complain, so the choice to complain was offered: "
                     "tick it.")
    answers = satisfaction_answers(kind, p)
    if any(a in DISSATISFIED_CODES for a in answers if isinstance(a, str)) and not complaint.get(
            "offered"):
        problems["complaint.offered"] = translate(
            "rules", "The resident is dissatisfied. The Complaint Handling Code says they must "
                     "be offered the choice to make a complaint: offer it, then tick this.")
    if p.get("hazard") not in (None, "none") and _blank(p.get("hazard_details")):
        problems["hazard_details"] = translate(
            "rules", "Say briefly what the hazard is and where it is.")
    if p.get("respondent") == "shared_owner":
        for code, (path, _answer) in tsm_answers(kind, p).items():
            if code in NOT_FOR_SHARED_OWNERS:
                problems[path] = translate(
                    "rules", "Shared owners are not asked this question (the Tenant "
                             "Satisfaction Measures rules): clear the answer.")


def _post_works(p: dict, problems: dict) -> None:
    reported, sent, done = (_moment(p.get(k)) for k in
                            ("reported_at", "dispatched_at", "completed_at"))
    if reported and sent and _comparable(reported, sent) and sent < reported:
        problems["dispatched_at"] = translate(
            "rules", "Someone cannot be sent out before the repair was reported.")
    earlier = sent or reported
    if done and earlier and _comparable(done, earlier) and done < earlier:
        problems["completed_at"] = translate(
            "rules", "The work cannot be finished before it was reported or sent.")
    for i, op in enumerate(_list(p.get("operatives"))):
        op = _dict(op)
        if not op.get("operative_id") and _blank(op.get("name_as_given")):
            problems[f"operatives.{i}.name_as_given"] = translate(
                "rules", "Choose the operative or write the name they gave.")


def _block(p: dict, problems: dict) -> None:
    responses = _list(p.get("responses"))
    spoken = p.get("households_spoken_to", 0)
    if isinstance(spoken, int) and spoken < len(responses):
        problems["households_spoken_to"] = translate(
            "rules", "{count} households' answers are recorded, so at least {count} were "
                     "spoken to.").format(count=len(responses))
    if not _dict(p.get("conditions")) and not responses:
        problems["conditions"] = translate(
            "rules", "Score at least one item or record one household.")


def _welcome(p: dict, problems: dict) -> None:
    if _list(p.get("access_needs")) and not p.get("access_needs_consent"):
        problems["access_needs"] = translate(
            "rules", "Access needs are only recorded with the resident's explicit consent: "
                     "tick the consent or clear them.")
    start, visit = _date(p.get("tenancy_start")), _date(p.get("visit_date"))
    if start and visit and visit < start:
        problems["visit_date"] = translate(
            "rules", "The welcome visit cannot be before the tenancy started.")


def _comparable(a: datetime, b: datetime | None) -> bool:
    """Both with a time zone or both without (the models make them UTC; raw input may not be)."""
    return b is not None and (a.tzinfo is None) == (b.tzinfo is None)


_BY_KIND = {"post_works": _post_works, "block": _block, "welcome": _welcome}


def rule_problems(kind: str, payload) -> dict[str, str]:
    """``{"complaint.offered": "plain words", ...}`` for the rules ``payload`` breaks."""
    payload = _dict(payload)
    problems: dict[str, str] = {}
    _common(kind, payload, problems)
    if kind in _BY_KIND:
        _BY_KIND[kind](payload, problems)
    return problems
