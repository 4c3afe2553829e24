"""Human-readable opening times for the service page.

Search hits get their ``opening_times`` lines from the backend; the service page builds the
same kind of lines from the merged schedules so that both read alike: consecutive days are
collapsed ("Mon–Fri 09:00–17:00"), and a schedule that could not be parsed keeps its original
description so nothing a source said is lost.
"""

from __future__ import annotations

from index.model import DAYS, Schedule

DAY_NAMES = dict(zip(DAYS, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), strict=True))


def _day_ranges(byday: str) -> str | None:
    days = [d.strip().upper() for d in byday.split(",") if d.strip()]
    indexes = sorted({DAYS.index(d) for d in days if d in DAYS})
    if not indexes:
        return None
    runs: list[list[int]] = [[indexes[0]]]
    for i in indexes[1:]:
        if i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = []
    for run in runs:
        first, last = DAY_NAMES[DAYS[run[0]]], DAY_NAMES[DAYS[run[-1]]]
        if len(run) == 1:
            parts.append(first)
        elif len(run) == 2:
            parts.append(f"{first}, {last}")
        else:
            parts.append(f"{first}–{last}")
    return ", ".join(parts)


def opening_line(schedule: Schedule) -> str | None:
    days = _day_ranges(schedule.byday) if schedule.byday else None
    hours = None
    if schedule.opens_at and schedule.closes_at:
        hours = f"{schedule.opens_at[:5]}–{schedule.closes_at[:5]}"
    if days and hours:
        return f"{days} {hours}"
    if schedule.description:
        return schedule.description.strip() or None
    return days or hours


def opening_times(schedules: list[Schedule]) -> list[str]:
    lines: list[str] = []
    for schedule in schedules:
        line = opening_line(schedule)
        if line and line not in lines:
            lines.append(line)
    return lines
