"""Print the latest figure of each benchmark as the Markdown table in docs/benchmarks.md.

    python -m bench.report            # the newest line of every bench/results/<figure>.jsonl

Run it after ``make bench`` and paste the table into docs/benchmarks.md, so the document
shows figures from one real run, with the machine they came from.
"""

from __future__ import annotations

import json

from .__main__ import SCRIPTS
from .common import RESULTS

LABELS = {
    "submit": "Submit (save + submit, p95)", "search": "Search and filter (p95)",
    "startup": "Startup to shown and idle", "log_model": "Log model: longest UI stall",
    "memory": "Memory: peak RSS", "sync_push": "Sync push, 10,000 records",
    "sync_pull": "Sync pull, 100,000 records", "load_sqlite": "Server load, SQLite (p95)",
    "load_postgres": "Server load, PostgreSQL ×2 (p95)",
    "encryption": "Encryption at rest: worst ratio to unencrypted",
    "reports": "Reports (p95)",
}


def latest(figure: str) -> dict | None:
    path = RESULTS / f"{figure}.jsonl"
    if not path.exists():
        return None
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


def _value(fig: dict) -> str:
    if fig["value"] is None:
        return "not measured"
    value = fig["value"]
    if fig["unit"] == "ms" and value >= 10_000:
        return f"{value / 1000:.1f} s"
    if value < 1:
        return f"{value:.3f} {fig['unit']}"
    return f"{value:,.1f} {fig['unit']}" if value < 1000 else f"{value:,.0f} {fig['unit']}"


def _startup_rows(fig: dict) -> None:
    """The first paint and a key press handled, each against the bare window's (issue #15's
    target is on these two)."""
    detail = fig.get("detail") or {}
    for label, key, bare, ratio, met in (
            ("Startup to first paint", "first_paint_ms_median", "bare_first_paint_ms_median",
             "first_paint_ratio", "first_paint_met"),
            ("Startup to a key press handled", "input_ms_median", "bare_input_ms_median",
             "input_ratio", "input_met")):
        if detail.get(key) is None:
            continue
        print(f"| {label} | {detail[key]:,} ms | {detail[bare]:,} ms | {detail[ratio]}× | "
              f"{fig['target']} | {'yes' if detail.get(met) else '**no**'} |")


def main() -> None:
    rows = [(name, latest(name)) for name in SCRIPTS]
    machines = {json.dumps(f["machine"], sort_keys=True) for _, f in rows if f}
    print("| figure | value | baseline (same run) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for name, fig in rows:
        if fig is None:
            print(f"| {LABELS.get(name, name)} | not run | | | | |")
            continue
        base = fig["baseline"]
        base_text = "" if base is None else _value({**fig, "value": base})
        met = {True: "yes", False: "**no**", None: "–"}[fig["met"]]
        ratio = "" if fig["ratio"] is None else f"{fig['ratio']}×"
        print(f"| {LABELS.get(name, name)} | {_value(fig)} | {base_text} | {ratio} | {fig['target']} "
              f"| {met} |")
        if name == "startup":
            _startup_rows(fig)
    for text in machines:
        m = json.loads(text)
        print(f"\nMachine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python "
              f"{m['python']}, {m['platform']}.")
    when = sorted(f["when"] for _, f in rows if f)
    if when:
        print(f"Run: {when[0]} to {when[-1]}" + (" (quick mode)" if any(
            f and f["quick"] for _, f in rows) else ""))


if __name__ == "__main__":
    main()
