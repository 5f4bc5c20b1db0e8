"""Which form records each kind: the UI's half of the kind registry (`champion_app.records.KINDS`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from champion_app.records import KINDS, KindRegistry, KindSpec

from .base import RecordForm


class FormRegistry:
    """One form class per kind, offered in the kernel registry's order.

    Built once in `ui.forms`; it refuses a kind with no form, or a form for an unknown kind,
    so adding a kind to the kernel without its form fails at start-up (and in the tests).
    """

    def __init__(self, forms: Iterable[type[RecordForm]], kinds: KindRegistry = KINDS) -> None:
        self.kinds = kinds
        self._forms: dict[str, type[RecordForm]] = {}
        for form in forms:
            if form.kind not in kinds or form.kind in self._forms:
                raise ValueError(f"{form.__name__} records {form.kind!r}: not a kind, or taken.")
            self._forms[form.kind] = form
        missing = [code for code in kinds.codes if code not in self._forms]
        if missing:
            raise ValueError(f"No form records these kinds: {', '.join(missing)}.")

    def __iter__(self) -> Iterator[KindSpec]:
        return iter(self.kinds)

    def form_class(self, kind: str) -> type[RecordForm]:
        return self._forms[kind]

    def create(self, kind: str, ref, runner=None) -> RecordForm:
        """A new, empty form for ``kind``."""
        return self._forms[kind](ref, runner, spec=self.kinds[kind])
