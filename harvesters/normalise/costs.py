"""Costs as directories write them: free or not, and the amounts with what they are for."""

from __future__ import annotations

import re

from harvesters.normalise.text import clean_text
from index.model import CostOption

_FREE = re.compile(r"\b(free|no charge|free of charge|no cost|£\s?0(?:\.00)?\b)", re.IGNORECASE)
_AMOUNT = re.compile(
    r"£\s?(\d{1,5}(?:,\d{3})*(?:\.\d{1,2})?)\s*((?:per|a|an|each|/)\s*[a-z][a-z ]{0,30})?",
    re.IGNORECASE,
)


def parse_cost(text: str | None) -> tuple[bool | None, list[CostOption]]:
    """``"Free"`` → (True, []); ``"£3 per session"`` → (False, [CostOption(amount=3.0,
    amount_description="per session")]); text with both ("Free for under 5s, £3 otherwise")
    → (None, [the prices]): free for some only. Unknown → (None, [])."""
    value = clean_text(text)
    if not value:
        return None, []
    options: list[CostOption] = []
    for m in _AMOUNT.finditer(value):
        amount = float(m.group(1).replace(",", ""))
        if amount == 0:
            continue
        per = clean_text(m.group(2))
        if per:
            per = re.split(r"\b(?:and|or|for|but|with)\b|[,;.(]", per)[0].strip() or None
            per = per.replace("/", "per ").strip() if per else None
        options.append(CostOption(amount=amount, amount_description=per))
    if options:
        # "Free for residents on benefits, £45 per term": free for some, paid for others —
        # neither claim holds for everyone, so it stays undecided; the text and prices show.
        return (None if _FREE.search(value) else False), options
    if _FREE.search(value):
        return True, []
    if re.search(r"\b(charges?|fees?|costs?|paid|pay|payment)\b", value, re.IGNORECASE):
        return False, []
    return None, []
