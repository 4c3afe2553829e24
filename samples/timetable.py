"""Invented opening times, and the sentences providers write for them ("Every Tuesday, 10am
to 11.30am", "Drop-in Monday & Thursday 10am-1pm")."""

from __future__ import annotations

import random

from samples.dataset import Slot


def clock(hhmm: str) -> str:
    """``"14:30"`` → ``"2.30pm"`` (how providers write times)."""
    h, m = (int(x) for x in hhmm.split(":"))
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == 0 else f"{h12}.{m:02d}{suffix}"


DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
ORDINALS = ("First", "Second", "Third", "Last")


def add_minutes(hhmm: str, minutes: int) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    total = h * 60 + m + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def random_schedule(rng: random.Random, kind: str) -> tuple[list[Slot], str]:
    """Opening slots of one schedule kind and the sentence a provider would write for them."""
    weekdays = ("MO", "TU", "WE", "TH", "FR")
    if kind == "weekly":
        day = rng.choice((*weekdays, "SA"))
        start = rng.choice(("09:30", "10:00", "10:30", "11:00", "13:30", "14:00"))
        length = rng.choice((60, 90, 120))
        end = add_minutes(start, length)
        text = rng.choice(
            (
                f"Every {DAY_NAMES[day]}, {clock(start)} to {clock(end)}",
                f"{DAY_NAMES[day]}s {clock(start)} - {clock(end)}",
                f"{DAY_NAMES[day]} {start}-{end}",
            )
        )
        return [Slot(day, start, end)], text
    if kind == "evening":
        days = sorted(rng.sample(weekdays, rng.choice((1, 2))), key=weekdays.index)
        start = rng.choice(("18:00", "18:30", "19:00"))
        end = add_minutes(start, 120)
        names = " and ".join(f"{DAY_NAMES[d]}s" for d in days)
        return [Slot(",".join(days), start, end)], f"{names}, {clock(start)}-{clock(end)}"
    if kind == "term":
        day = rng.choice(weekdays)
        start = rng.choice(("09:30", "10:00", "13:30"))
        end = add_minutes(start, 90)
        return (
            [Slot(day, start, end)],
            f"{DAY_NAMES[day]}s {clock(start)}-{clock(end)}, term time only",
        )
    if kind == "monthly":
        day = rng.choice(weekdays)
        start = rng.choice(("10:30", "14:00", "13:00"))
        end = add_minutes(start, 120)
        nth = rng.choice(ORDINALS)
        return (
            [Slot(day, start, end)],
            f"{nth} {DAY_NAMES[day]} of every month, {clock(start)} - {clock(end)}",
        )
    if kind == "dropin":
        days = sorted(rng.sample(weekdays, rng.choice((1, 2))), key=weekdays.index)
        start, end = rng.choice((("10:00", "13:00"), ("09:30", "12:30"), ("13:00", "16:00")))
        names = " & ".join(DAY_NAMES[d] for d in days)
        return [Slot(",".join(days), start, end)], f"Drop-in {names} {clock(start)}-{clock(end)}"
    if kind == "office":
        start, end = rng.choice((("09:00", "17:00"), ("09:30", "16:30"), ("10:00", "16:00")))
        if rng.random() < 0.3:
            slots = [Slot("MO,TU,WE,TH", start, end), Slot("FR", start, "13:00")]
            text = f"Monday to Thursday {clock(start)} - {clock(end)}, Friday {clock(start)} - 1pm"
            return slots, text
        return (
            [Slot("MO,TU,WE,TH,FR", start, end)],
            f"Monday to Friday, {clock(start)} to {clock(end)}",
        )
    if kind == "daycentre":
        start, end = rng.choice((("09:30", "15:30"), ("09:00", "15:00"), ("10:00", "16:00")))
        return (
            [Slot("MO,TU,WE,TH,FR", start, end)],
            f"Monday - Friday {clock(start)}-{clock(end)}",
        )
    return [], rng.choice(("By appointment only", "Appointments available on request"))
