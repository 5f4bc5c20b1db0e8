"""Finds user-visible text in ui/ that does not go through Qt's translation system.

An AST walk (no import, so a broken module is still checked): a string literal, an f-string
or a module-level text constant passed to a Qt call that shows text (`setText`,
`setWindowTitle`, `QLabel(...)`, `QMessageBox.question(...)`, our `named(...)`/`heading(...)`
helpers …) is a finding unless it sits inside ``tr(...)``, ``translate(...)`` or
``QT_TRANSLATE_NOOP(...)``. Text without a letter ("", "•", " — "), an address or a code
pattern ("ABCD-EFGH-JKLM") is not words and passes.

A marking lupdate cannot read is a finding too: ``tr(f"…")`` or ``tr("a" + b)`` (the text is
not a literal), ``tr("…")`` inside an f-string (lupdate does not look inside f-strings), and a
bare ``tr("…")`` (a module's own wrapper, not ``self.tr``): lupdate files it under no context
while the wrapper looks it up under its own, so it is never translated. lupdate's Python
parser also mishandles, silently, ``QCoreApplication.translate(…, n)`` whose count is not a
literal number: it drops the entry (``unsent.total``) or files it without its plural forms (a
name). ``self.tr("%n item(s)", "", len(rows))`` in a QObject reads well with any count.
`marked_strings` lists what lupdate should find, so a test can check it did.

What it cannot see: text reaching those calls through a variable, a parameter or a data
structure (a tuple of page names). Such text is marked where it is written, with
``QT_TRANSLATE_NOOP("Context", "…")``, and translated where it is shown; lupdate reads both.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Methods whose every string argument is shown to people.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "addItem", "addItems", "insertItem", "insertItems", "setItemText", "addMenu", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "setHtml", "setLabelText", "setSuffix",
    "setPrefix", "setSpecialValueText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setInformativeText", "setDetailedText", "showMessage",
    "setWindowIconText", "addButton", "setCancelButtonText", "setOkButtonText", "addAction",
    "setIconText", "setButtonText", "setNameFilter", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "information", "warning", "critical", "question", "about",
    "setEditText", "addRow", "insertRow",
})
# Constructors whose string arguments are shown.
TEXT_CONSTRUCTORS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QListWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
    "QProgressDialog", "QInputDialog", "QTableWidgetItem", "QStandardItem", "QDialogButtonBox",
})
# Our own helpers: the positions of the arguments that are words for people.
HELPER_ARGS = {"named": (2, 3), "heading": (0,), "bind": (1,), "control": (2,),
               "ChoiceGroup": (1,), "ScaleGroup": (1,), "EnumCombo": (1,), "Picker": (1,),
               "MultiCheck": (1,), "Section": (1,)}
# Keyword arguments that are words for people, whatever the call.
TEXT_KEYWORDS = frozenset({"accessible_name", "description", "text", "title", "label",
                           "question", "placeholder", "none_label", "blank", "tooltip"})
# Calls whose string arguments are the marking itself (or are not text at all).
MARKERS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
# Command-line text (argparse) is not shown in the window; it is English like the CLI.
NOT_UI_CALLS = frozenset({"ArgumentParser", "add_argument", "add_parser", "add_argument_group"})
# Receivers that are loggers: ``log.warning("…")`` is for the log file, not for people.
LOGGERS = frozenset({"log", "logger", "logging", "_log"})
# String methods: the string they are called on (and ``format``'s arguments) are shown.
STR_METHODS = frozenset({"format", "join", "replace", "strip", "upper", "lower", "capitalize"})


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not marked for translation"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(text: str) -> bool:
    """Text a person reads: has letters, and is not markup, an address or a code pattern."""
    text = re.sub(r"<[^>]*>", "", text)
    if not any(ch.isalpha() for ch in text) or "://" in text:
        return False
    return not re.fullmatch(r"[A-Z0-9-]+", text)


def _text_argument(node: ast.Call) -> ast.expr | None:
    """The source-text argument of a marker call: tr(text, …), translate(context, text, …)."""
    index = 0 if _name(node.func) in ("tr", "QT_TR_NOOP") else 1
    return node.args[index] if len(node.args) > index else None


def _has_literal_context(node: ast.Call) -> bool:
    """translate("Context", "text"): lupdate reads only a literal context."""
    return bool(node.args) and isinstance(node.args[0], ast.Constant) and \
        isinstance(node.args[0].value, str)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, constants: dict[str, str]) -> None:
        self.path = path
        self.constants = constants
        self.findings: list[Finding] = []

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "translate" and not _has_literal_context(node):
            self.generic_visit(node)  # QPainter.translate(dx, dy) and the like: geometry
            return
        if name in MARKERS:
            text = _text_argument(node)
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                self.findings.append(Finding(self.path, node.lineno, name,
                                             "<text lupdate cannot read: not one literal>"))
            if name == "translate" and len(node.args) > 3 and not isinstance(node.args[3],
                                                                              ast.Constant):
                self.findings.append(Finding(
                    self.path, node.lineno, name, "<a plural lupdate cannot read from "
                    "translate(): use self.tr in a QObject>"))
            elif name == "tr" and isinstance(node.func, ast.Name) and _literal(text):
                self.findings.append(Finding(
                    self.path, node.lineno, name, "<a bare tr(): lupdate gives it no context; "
                    "use self.tr or translate('Context', …)>"))
            return  # everything inside is marked (its arguments need not be visited)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name in NOT_UI_CALLS or isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            return
        if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
            for arg in [*node.args, *(k.value for k in node.keywords
                                     if k.arg not in ("objectName", "name"))]:
                self._check(name, arg)
        else:
            for index in HELPER_ARGS.get(name, ()):
                if index < len(node.args):
                    self._check(name, node.args[index])
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS:
                    self._check(name, keyword.value)
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _name(inner.func) in MARKERS:
                self.findings.append(Finding(self.path, inner.lineno, _name(inner.func),
                                             "<inside an f-string, where lupdate cannot see it>"))
        self.generic_visit(node)

    def _check(self, call: str, expr: ast.expr) -> None:
        for text, line in _unmarked_text(expr, self.constants):
            self.findings.append(Finding(self.path, line, call, text))


def _unmarked_text(expr: ast.expr, constants: dict[str, str]):
    """(text, line) of every literal in ``expr`` that is not inside a marker call."""
    if isinstance(expr, ast.Call):
        # "text".format(...), label.replace(...): the string the method is called on, and
        # format's arguments, are shown. Any other call's arguments are its own business
        # (a dictionary key, an object name).
        if isinstance(expr.func, ast.Attribute) and expr.func.attr in STR_METHODS:
            yield from _unmarked_text(expr.func.value, constants)
            if expr.func.attr == "format":
                for arg in [*expr.args, *(k.value for k in expr.keywords)]:
                    yield from _unmarked_text(arg, constants)
        return
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        if _is_words(expr.value):
            yield expr.value, expr.lineno
        return
    if isinstance(expr, ast.JoinedStr):
        literal = "".join(v.value for v in expr.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if _is_words(literal):
            yield literal, expr.lineno
        for value in expr.values:
            if isinstance(value, ast.FormattedValue):
                yield from _unmarked_text(value.value, constants)
        return
    if isinstance(expr, ast.Name) and expr.id in constants:
        yield constants[expr.id], expr.lineno
        return
    if isinstance(expr, (ast.BinOp, ast.IfExp, ast.BoolOp, ast.Tuple, ast.List)):
        for child in ast.iter_child_nodes(expr):
            if isinstance(child, ast.expr):
                yield from _unmarked_text(child, constants)


def _module_text_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "words" (or implicitly joined words): text passed around by name."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str) and \
                    _is_words(value.value):
                found[node.targets[0].id] = value.value
    return found


def scan_file(path: Path, root: Path) -> list[Finding]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scanner = _Scanner(path.relative_to(root).as_posix(), _module_text_constants(tree))
    scanner.visit(tree)
    return scanner.findings


def scan(folder: Path, root: Path, *, skip: frozenset[str] = frozenset()) -> list[Finding]:
    findings: list[Finding] = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative not in skip and not any(relative.startswith(s) for s in skip if
                                            s.endswith("/")):
            findings.extend(scan_file(path, root))
    return findings


def _literal(expr: ast.expr | None) -> str | None:
    return expr.value if isinstance(expr, ast.Constant) and isinstance(expr.value, str) else None


class _Marked(ast.NodeVisitor):
    """(context, text) of every marking with literal arguments, as lupdate should read it."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """lupdate does not look inside f-strings (`scan` reports such a marking)."""

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "translate" and len(node.args) > 3 and not isinstance(node.args[3],
                                                                          ast.Constant):
            pass  # lupdate misreads it (`scan` reports it)
        elif name in ("tr", "QT_TR_NOOP") and self.classes and (
                name == "QT_TR_NOOP" or isinstance(node.func, ast.Attribute)):
            text = _literal(node.args[0] if node.args else None)
            if text is not None:
                self.found.add((self.classes[-1], text))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                self.found.add((context, text))
        self.generic_visit(node)


def marked_strings(paths) -> set[tuple[str, str]]:
    marked = _Marked()
    for path in paths:
        marked.visit(ast.parse(Path(path).read_text(encoding="utf-8")))
    return marked.found
