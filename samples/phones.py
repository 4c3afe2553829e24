"""Fictitious phone numbers for the sample world, from Ofcom's ranges reserved for drama."""

from __future__ import annotations

import random


class PhonePool:
    """Fictitious numbers, handed out without repeats."""

    RANGES = ("+44207946", "+44770090", "+44808157", "+44306999")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.free: dict[str, list[str]] = {}
        for prefix in self.RANGES:
            numbers = [f"{prefix}{n:04d}" for n in range(0, 1000)]
            # 0xxx of the ten-thousand block: the Ofcom drama ranges are nnn 0000-0999.
            rng.shuffle(numbers)
            self.free[prefix] = numbers

    def take(self, kind: str = "landline") -> str:
        prefix = {
            "landline": "+44207946",
            "mobile": "+44770090",
            "freephone": "+44808157",
            "national": "+44306999",
        }[kind]
        pool = self.free[prefix]
        if not pool:
            pool = self.free["+44207946"] or self.free["+44306999"]
        return pool.pop()
