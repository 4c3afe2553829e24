"""Opening times as directories write them → HSDS Schedule rows.

Directories print opening times as prose ("Monday to Friday, 9am - 5pm; Sat 10-12"), as
tables (Day | Opening | Closing) or as lists. The parser reads a text segment by segment,
left to right: day expressions set the current days and each time range after them becomes
one weekly row. Whatever it cannot read is kept verbatim in a row of its own (``byday`` unset),
and every parsed row keeps the segment it came from in ``description`` — nothing a source
printed is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.model import DAY_NAME, DAYS, Schedule, day_code

_DAY = rf"{DAY_NAME}s?\.?"
_DAYS_RE = re.compile(
    rf"\b(?P<from>{_DAY})(?:\s*(?:-|–|—|to|until|through|thru)\s*(?P<to>{_DAY}))?(?![a-z])"
    r"|\b(?P<group>weekdays?|weekends?|daily|every\s*day|7\s*days(?:\s*a\s*week)?"
    r"|seven\s*days)\b",
    re.IGNORECASE,
)
_TIME = r"(?:(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?|(noon|midday|midnight))"
_RANGE_RE = re.compile(
    rf"(?<![\d:.]){_TIME}\s*(?:-|–|—|to|until|till|til)\s*{_TIME}(?![\d])",
    re.IGNORECASE,
)
_ALL_DAY_RE = re.compile(r"\b(24\s*hours?|24\s*/\s*7|24hr|open all day)\b", re.IGNORECASE)
_ALL_DAY = ("00:00", "23:59")
_CLOSED_RE = re.compile(r"\bclosed\b", re.IGNORECASE)
_SEGMENT_SPLIT = re.compile(r"[\n;|]+|(?<=[a-z)])\.\s+(?=[A-Z])")


@dataclass
class _Clock:
    hour: int
    minute: int
    meridiem: str | None  # "am", "pm" or None when the source did not say

    def as_24h(self, meridiem: str | None) -> tuple[int, int]:
        hour = self.hour
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        return hour, self.minute


def _clock(groups: tuple[str | None, ...]) -> _Clock | None:
    hour, minute, mer, word = groups
    if word:
        word = word.lower()
        return _Clock(0, 0, "am") if word == "midnight" else _Clock(12, 0, "pm")
    if hour is None:
        return None
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59:
        return None
    meridiem = mer.lower().replace(".", "") if mer else None
    if meridiem and not 1 <= h <= 12:
        return None
    return _Clock(h, m, meridiem)


def _resolve(opens: _Clock, closes: _Clock) -> tuple[str, str] | None:
    """24-hour ``HH:MM`` pair. "9-5" means 09:00-17:00 and "1-3pm" means 13:00-15:00: a side
    without am/pm borrows the other's, then an afternoon is assumed if closing would precede
    opening."""
    o_mer = opens.meridiem
    c_mer = closes.meridiem
    if o_mer is None and c_mer == "pm":
        o_mer = "pm" if opens.hour < 12 and opens.hour + 12 <= closes.as_24h("pm")[0] else "am"
    oh, om = opens.as_24h(o_mer)
    ch, cm = closes.as_24h(c_mer)
    if c_mer is None and (ch, cm) <= (oh, om) and ch < 12:
        ch += 12
    if ch == 24:
        ch, cm = 23, 59
    if (ch, cm) <= (oh, om) or oh > 23:
        return None
    return f"{oh:02d}:{om:02d}", f"{ch:02d}:{cm:02d}"


def _days(match: re.Match[str]) -> list[str]:
    group = match.group("group")
    if group:
        g = group.lower()
        if g.startswith("weekday"):
            return list(DAYS[:5])
        if g.startswith("weekend"):
            return ["SA", "SU"]
        return list(DAYS)
    first = day_code(match.group("from"))
    if not match.group("to"):
        return [first]
    last = day_code(match.group("to"))
    i, j = DAYS.index(first), DAYS.index(last)
    if j >= i:
        return list(DAYS[i : j + 1])
    return list(DAYS[i:]) + list(DAYS[: j + 1])


def _ordered(days: list[str]) -> str:
    return ",".join(d for d in DAYS if d in days)


def _parse_segment(segment: str) -> list[Schedule]:
    """Rows for one segment; empty when the segment holds no day-and-time pattern."""
    tokens: list[tuple[int, str, object]] = []
    for m in _DAYS_RE.finditer(segment):
        tokens.append((m.start(), "days", _days(m)))
    for m in _RANGE_RE.finditer(segment):
        opens, closes = _clock(m.groups()[:4]), _clock(m.groups()[4:])
        if opens and closes:
            pair = _resolve(opens, closes)
            if pair:
                tokens.append((m.start(), "time", pair))
    all_day = _ALL_DAY_RE.search(segment)
    if all_day:
        tokens.append((all_day.start(), "time", _ALL_DAY))
    tokens.sort(key=lambda t: t[0])
    if not any(kind == "time" for _, kind, _ in tokens):
        return []

    rows: list[Schedule] = []
    current: list[str] = []
    last_kind = ""
    pending: list[tuple[str, str]] = []
    for _, kind, value in tokens:
        if kind == "days":
            if last_kind != "days":
                current = []
            current.extend(d for d in value if d not in current)  # type: ignore[union-attr]
        else:
            if current:
                opens_at, closes_at = value  # type: ignore[misc]
                rows.append(
                    Schedule(
                        byday=_ordered(current),
                        opens_at=opens_at,
                        closes_at=closes_at,
                        description=segment,
                    )
                )
            else:
                pending.append(value)  # type: ignore[arg-type]
        last_kind = kind
    if pending:
        # Times written before their days ("9am-5pm, Monday to Friday") take the days that
        # follow; times with no days at all ("Open 10-4") keep ``byday`` unset (unknown),
        # except "24 hours", which means every day.
        for opens_at, closes_at in pending:
            days = current or (list(DAYS) if (opens_at, closes_at) == _ALL_DAY else [])
            rows.append(
                Schedule(
                    byday=_ordered(days) if days else None,
                    opens_at=opens_at,
                    closes_at=closes_at,
                    description=segment,
                )
            )
    return rows


def parse_opening_times(text: str | None) -> list[Schedule]:
    """Schedule rows for free-text opening times, original text kept (see module doc)."""
    if not text or not text.strip():
        return []
    rows: list[Schedule] = []
    unread: list[str] = []
    for raw in _SEGMENT_SPLIT.split(text):
        segment = re.sub(r"\s+", " ", raw).strip(" ,.")
        if not segment:
            continue
        parsed = _parse_segment(segment)
        if parsed:
            rows.extend(parsed)
        else:
            unread.append(segment)  # "Closed bank holidays", "Term time only", …
    if unread:
        rows.append(Schedule(description="; ".join(unread)))
    return rows


def schedule_from_row(day: str | None, opens: str | None, closes: str | None) -> list[Schedule]:
    """One row of a Day | Opening | Closing table; "Closed" or blank times give no row."""
    day_text = (day or "").strip()
    opens_text = (opens or "").strip()
    closes_text = (closes or "").strip()
    if not day_text or not opens_text or not closes_text:
        return []
    if _CLOSED_RE.search(opens_text) or _CLOSED_RE.search(closes_text):
        return []
    rows = _parse_segment(f"{day_text} {opens_text} - {closes_text}")
    original = f"{day_text}: {opens_text} - {closes_text}"
    return [row.model_copy(update={"description": original}) for row in rows]
