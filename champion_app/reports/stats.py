"""A share with its base and an honest 95 % interval (Wilson's), as every figure carries.

Wilson's score interval stays inside 0-100 % and behaves at small bases and at 0 % or
100 %, where the textbook "p ± 1.96·SE" gives nonsense such as 100 % ± 0 from 3 answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959964
SMALL_BASE = 10  # under this many answers a figure is shown greyed, with a note


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The 95 % Wilson score interval of k successes in n, as fractions (0, 0 for n = 0)."""
    if n <= 0:
        return 0.0, 0.0
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Share:
    """``k`` of ``n`` (e.g. satisfied of those who answered), with what to say about it."""

    k: int
    n: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.k / self.n, 1) if self.n else None

    @property
    def interval(self) -> tuple[float, float] | None:
        if not self.n:
            return None
        low, high = wilson(self.k, self.n)
        return round(100 * low, 1), round(100 * high, 1)

    @property
    def small(self) -> bool:
        return self.n < SMALL_BASE

    def as_dict(self) -> dict:
        interval = self.interval
        return {"k": self.k, "n": self.n, "percent": self.percent,
                "ci_low": interval[0] if interval else None,
                "ci_high": interval[1] if interval else None, "small_base": self.small}

    def text(self) -> str:
        """"61.5 % (n = 26, 42–78 %)" or "no answers"."""
        if not self.n:
            return "no answers"
        low, high = self.interval or (0.0, 0.0)
        return f"{self.percent:g} % (n = {self.n}, {low:g}–{high:g} %)"
