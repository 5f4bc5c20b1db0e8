"""A whole record as a coordinator reads it: every answer with its label (never a code), the
photos, who logged it, the resident's contact details with their consent, the history and
the server's conflict flag. Pure HTML for a QTextBrowser; photos are ``photo:<sha256>``
image resources the detail pane fills in as they arrive.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject

from champion_app.records import KINDS, scales, tsm_questions
from champion_app.records.scales import Hazard, ReviewState, condition_item_label
from champion_app.store import RecordDetail
from ui.refdata import RefData
from ui.timefmt import when

THUMB = 180  # photo thumbnails, in pixels on the long side

# Which scale answers a payload field, to show its words.
_SCALES: dict[str, type[Enum]] = {
    "collection_method": scales.CollectionMethod, "respondent": scales.Respondent,
    "topics": scales.Topic, "work_kind": scales.WorkKind, "priority": scales.Priority,
    "how_reported": scales.HowReported, "appointment_kept": scales.AppointmentKept,
    "completed": scales.Completed, "trigger": scales.BlockTrigger,
    "welcome_pack_format": scales.PackFormat, "preferred_contact": scales.PreferredContact,
    "access_needs": scales.AccessNeed,
}
_ANSWER_SCALES = (scales.Satisfaction, scales.Check, scales.Condition)
# Shown in their own sections, not among the answers.
_OWN_SECTION = {"consent", "contact", "hazard", "hazard_details", "what_was_said", "complaint",
                "operatives", "responses", "conditions", "ratings"}


def words(key: str, value) -> str:
    """One answer in plain words: its scale's label, yes/no, or the text itself."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    enum = _SCALES.get(key)
    for scale in ((enum,) if enum else ()) + _ANSWER_SCALES:
        try:
            return scale(value).label  # type: ignore[attr-defined]
        except ValueError:
            continue
    return str(value)


def label(key: str) -> str:
    return key.replace("_", " ").capitalize()


class RecordHtml(QObject):
    """``render(detail, ...)``: a QObject only so its words go through Qt's translation."""

    def __init__(self, ref: RefData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ref = ref

    def render(self, detail: RecordDetail, *, author: str, person: Callable[[str], str],
               photos: dict[str, bool]) -> str:
        """``person(user_id)`` names a reviewer; ``photos[sha]`` says whether it is here."""
        row = detail.row
        version = detail.versions[-1] if detail.versions else {}
        payload = version.get("payload") or {}
        esc = html.escape
        where = " · ".join(esc(p) for p in (row.estate_name, row.address) if p)
        if row.job_ref:
            where += esc(self.tr(" · job {ref}").format(ref=row.job_ref))
        out = [f"<h3>{esc(KINDS[row.kind].label)}</h3><p>{where}</p>",
               "<p>" + esc(self.tr("Logged by {name} · visit {visit} · sent {sent}").format(
                   name=author or self.tr("a champion"), visit=when(row.created_at),
                   sent=when(row.submitted_at))) + "</p>"]
        out += self._flags(detail, payload)
        if payload.get("what_was_said"):
            out.append(f"<blockquote>{esc(payload['what_was_said'])}</blockquote>")
        out += self._contact(payload)  # first: a hazard or complaint is followed up by phone
        out += self._photos(version.get("attachments") or [], photos)
        out += self._answers(payload)
        out += self._history(detail, person)
        return "".join(out)

    # -- parts ---------------------------------------------------------------------------------
    def _flags(self, detail: RecordDetail, payload: dict) -> list[str]:
        esc, out = html.escape, []
        if payload.get("hazard", "none") != "none":
            out.append("<p style='color:#8a1c00'><b>" + esc(self.tr("⚠ Hazard: {what}").format(
                what=Hazard(payload["hazard"]).label)) + "</b>"
                + (f" — {esc(payload.get('hazard_details') or '')}" if payload.get(
                    "hazard_details") else "") + "</p>")
        complaint = payload.get("complaint") or {}
        if complaint.get("wants_to_complain"):
            out.append("<p><b>" + esc(self.tr("The resident wants to make a complaint."))
                       + "</b></p>")
        elif complaint.get("offered"):
            out.append("<p>" + esc(self.tr("Offered the choice to complain; the resident "
                                           "did not want to.")) + "</p>")
        if any(v.get("conflict") for v in detail.versions):
            out.append("<p style='color:#8a1c00'><b>" + esc(self.tr(
                "⚠ Conflict: a version was made from an older one (changed on two "
                "devices). Compare the versions in the history.")) + "</b></p>")
        return out

    def _photos(self, attachments: list[dict], here: dict[str, bool]) -> list[str]:
        if not attachments:
            return []
        out = ["<h4>" + html.escape(self.tr("Photos")) + "</h4><p>"]
        for att in attachments:
            sha, caption = att.get("sha256", ""), att.get("caption") or ""
            if here.get(sha):
                out.append(f"<a href='photo:{sha}'><img src='photo:{sha}' height='{THUMB}' "
                           f"alt='{html.escape(caption, quote=True)}'></a> ")
            else:
                out.append(html.escape(self.tr("[photo being fetched from the server]")) + " ")
            if caption:
                out.append(f"<br><i>{html.escape(caption)}</i><br>")
        out.append("</p>")
        return out

    def _contact(self, payload: dict) -> list[str]:
        esc = html.escape
        consent = (payload.get("consent") or {}).get("contact") or {}
        contact = payload.get("contact") or {}
        out = ["<h4>" + esc(self.tr("Contact")) + "</h4>"]
        if not consent.get("given"):
            out.append("<p>" + esc(self.tr("The resident did not agree to be contacted: no "
                                           "contact details were kept.")) + "</p>")
            return out
        lines = [self.tr("Agreed to be contacted on {when}.").format(when=when(consent.get("at"),
                                                                              missing="—"))]
        for key, title in (("name", self.tr("Name")), ("phone", self.tr("Phone")),
                           ("email", self.tr("Email"))):
            if contact.get(key):
                lines.append(f"{title}: {contact[key]}")
        if contact.get("wants_callback"):
            lines.append(self.tr("Would like a call back."))
        photo = (payload.get("consent") or {}).get("photo") or {}
        if photo.get("given"):
            lines.append(self.tr("Agreed to photos on {when}.").format(when=when(photo.get("at"),
                                                                               missing="—")))
        return out + ["<p>" + "<br>".join(esc(line) for line in lines) + "</p>"]

    def _answers(self, payload: dict) -> list[str]:
        esc = html.escape
        lines = []
        questions = tsm_questions(self.ref.landlord)
        for code, answer in (payload.get("ratings") or {}).items():
            text = questions.get(code, {}).get("text", code)
            lines.append(f"<i>{esc(text)}</i> <b>{esc(words(code, answer))}</b>")
        for key, value in payload.items():
            if key in _OWN_SECTION or value in (None, "", [], {}):
                continue
            shown = (", ".join(words(key, v) for v in value) if isinstance(value, list)
                     else words(key, value))
            lines.append(f"{esc(label(key))}: <b>{esc(shown)}</b>")
        for item, score in (payload.get("conditions") or {}).items():
            lines.append(f"{esc(condition_item_label(item))}: <b>{esc(words(item, score))}</b>")
        out = ["<h4>" + esc(self.tr("Answers")) + "</h4><p>" + "<br>".join(lines) + "</p>"]
        for n, op in enumerate(payload.get("operatives") or [], start=1):
            name = self.ref.operative_name(op.get("operative_id")) or op.get("name_as_given")
            parts = [f"{esc(label(k))}: <b>{esc(words(k, v))}</b>" for k, v in op.items()
                     if k not in ("operative_id", "name_as_given") and v not in (None, "")]
            out.append("<p><u>" + esc(self.tr("Operative {n}: {name}").format(
                n=n, name=name or self.tr("not named"))) + "</u><br>" + "<br>".join(parts)
                + "</p>")
        responses = payload.get("responses") or []
        if responses:
            out.append("<p><u>" + esc(self.tr("Households spoken to")) + "</u><br>")
            for r in responses:
                flat = self.tr("Flat {flat}").format(flat=r["flat"]) if r.get("flat") \
                    else self.tr("A household")
                comment = f" — {esc(r['comment'])}" if r.get("comment") else ""
                out.append(f"{esc(flat)}: <b>{esc(words('rating', r.get('rating')))}</b>"
                           f"{comment}<br>")
            out.append("</p>")
        return out

    def _history(self, detail: RecordDetail, person: Callable[[str], str]) -> list[str]:
        esc = html.escape
        out = ["<h4>" + esc(self.tr("History")) + "</h4><ul>"]
        for n, v in enumerate(detail.versions, start=1):
            text = self.tr("Version {n} sent {when}").format(n=n, when=when(v.get("submitted_at")))
            if v.get("received_at"):
                text += self.tr(", received by the server {when}").format(
                    when=when(v["received_at"]))
            if v.get("conflict"):
                text += self.tr(" — conflict: made from an older version")
            out.append(f"<li>{esc(text)}</li>")
        for r in detail.reviews:
            who = person(r.get("author_id") or "") or self.tr("a coordinator")
            text = self.tr("{state} by {who}, {when}").format(
                state=ReviewState(r["state"]).label, who=who, when=when(r.get("at")))
            note = f": <i>{esc(r['note'])}</i>" if r.get("note") else ""
            out.append(f"<li>{esc(text)}{note}</li>")
        out.append("</ul>")
        return out
