"""Inline SVG charts built on the server: listing counts per harvest run over time.

No charting library and no script: the chart is markup in the page, styled by classes from
``console.css`` (never ``style`` attributes, which the strict CSP would block), with a
``<title>``/``<desc>`` pair so a screen reader announces what it shows, and a ``<title>`` on
every point for the exact figure on hover. The numbers are also in the runs table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any

from markupsafe import Markup

from index.store import RunRow

GOOD = "published"


@dataclass(frozen=True)
class RunPoint:
    run_id: int
    started_at: datetime
    listings: int | None
    """Listings the run found (``None`` when it failed before finding any)."""
    status: str


def run_listings(run: RunRow) -> int | None:
    """How many listings a run found, whatever became of them."""
    if isinstance(run.summary.get("records"), int):
        return int(run.summary["records"])
    c = run.counts
    if run.status == GOOD and c:
        return sum(int(c.get(k, 0)) for k in ("new", "changed", "unchanged", "revived"))
    if isinstance(c.get("records"), int):
        return int(c["records"])
    return None


def points(runs: list[RunRow]) -> list[RunPoint]:
    """Chart points, oldest first, for finished runs."""
    out = []
    for run in sorted(runs, key=lambda r: r.id):
        if run.status == "running":
            continue
        out.append(
            RunPoint(run.id, datetime.fromisoformat(run.started_at), run_listings(run), run.status)
        )
    return out


def _describe(pts: list[RunPoint]) -> str:
    counted = [p.listings for p in pts if p.listings is not None]
    if not pts:
        return "No harvest runs yet."
    first, last = pts[0].started_at.date(), pts[-1].started_at.date()
    text = f"{len(pts)} runs from {first} to {last}."
    if counted:
        text += (
            f" Latest run: {pts[-1].listings if pts[-1].listings is not None else 'no'}"
            f" listings ({pts[-1].status}); lowest {min(counted)}, highest {max(counted)}."
        )
    bad = sum(1 for p in pts if p.status != GOOD)
    if bad:
        text += f" {bad} not published (quarantined, failed or blocked)."
    return text


def runs_chart(
    pts: list[RunPoint],
    *,
    chart_id: str,
    label: str,
    width: int = 160,
    height: int = 40,
    axes: bool = False,
) -> Markup:
    """A line of published runs' listing counts, with every run marked by its outcome."""
    left, right, top, bottom = (48, 12, 12, 28) if axes else (3, 3, 4, 4)
    plot_w, plot_h = width - left - right, height - top - bottom
    desc = _describe(pts)
    tid, did = f"{chart_id}-t", f"{chart_id}-d"
    parts: list[str] = [
        f'<svg class="chart{" chart-large" if axes else ""}" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-labelledby="{tid} {did}"'
        ' focusable="false">',
        f'<title id="{tid}">{escape(label)}</title><desc id="{did}">{escape(desc)}</desc>',
    ]
    counted = [p.listings for p in pts if p.listings is not None]
    if not pts:
        parts.append(
            f'<text class="chart-empty" x="{width / 2:.0f}" y="{height / 2 + 4:.0f}"'
            ' text-anchor="middle">no runs</text></svg>'
        )
        return Markup("".join(parts))
    hi = max(counted, default=1) or 1
    lo = 0
    t0 = pts[0].started_at.timestamp()
    span = pts[-1].started_at.timestamp() - t0

    def x(i: int, p: RunPoint) -> float:
        if span <= 0:
            frac = 0.5 if len(pts) == 1 else i / (len(pts) - 1)
        else:
            frac = (p.started_at.timestamp() - t0) / span
        return left + frac * plot_w

    def y(value: int) -> float:
        return top + plot_h - (value - lo) / (hi - lo) * plot_h

    if axes:
        parts.append(
            f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}"'
            f' y2="{top + plot_h}"/><line class="axis" x1="{left}" y1="{top}" x2="{left}"'
            f' y2="{top + plot_h}"/>'
            f'<text class="tick" x="{left - 6}" y="{top + 4}" text-anchor="end">{hi}</text>'
            f'<text class="tick" x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>'
            f'<text class="tick" x="{left}" y="{height - 8}">{pts[0].started_at.date()}</text>'
            f'<text class="tick" x="{left + plot_w}" y="{height - 8}" text-anchor="end">'
            f"{pts[-1].started_at.date()}</text>"
        )
    good = [
        (x(i, p), y(p.listings))
        for i, p in enumerate(pts)
        if p.status == GOOD and p.listings is not None
    ]
    if len(good) > 1:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in good)
        parts.append(f'<polyline class="line" points="{path}"/>')
    radius = 3.5 if axes else 2.2
    for i, p in enumerate(pts):
        px = x(i, p)
        py = y(p.listings) if p.listings is not None else top + plot_h
        status = p.status if p.status in (GOOD, "quarantined") else "bad"
        figure = "no listings" if p.listings is None else f"{p.listings} listings"
        tip = f"Run {p.run_id}, {p.started_at:%Y-%m-%d %H:%M}: {figure}, {p.status}"
        parts.append(
            f'<circle class="pt pt-{status}" cx="{px:.1f}" cy="{py:.1f}" r="{radius}">'
            f"<title>{escape(tip)}</title></circle>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def chart_for(runs: list[RunRow], **kwargs: Any) -> Markup:
    return runs_chart(points(runs), **kwargs)
