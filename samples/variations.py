"""How copies of one service differ between sources: the variations real directories show
("CAB" vs "Citizens Advice Harrow", "&" vs "and", 020… vs +44 20…, lower-case postcodes, old
addresses, missing fields). Pure functions of their input and a seeded ``random.Random``.
"""

from __future__ import annotations

import random
import re

ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("Citizens Advice", "CAB"),
    ("Community Association", "CA"),
    ("Community Centre", "Comm. Centre"),
    ("Riding for the Disabled", "RDA"),
    ("English Classes", "ESOL"),
    ("Information", "Info"),
    ("Mental Health", "MH"),
    ("Saint ", "St. "),
    ("Road", "Rd"),
    ("Avenue", "Ave"),
)


def format_phone(e164: str, style: str) -> str:
    """Write a UK E.164 number the way a source does. Styles: ``spaced`` (020 7946 0123),
    ``compact`` (02079460123), ``intl`` (+44 20 7946 0123), ``intl0`` (+44 (0)20 7946 0123),
    ``brackets`` ((020) 7946 0123), ``london_0207`` (0207 946 0123)."""
    if not e164.startswith("+44"):
        return e164
    national = "0" + e164[3:]
    if national.startswith("020"):
        a, b, c = national[:3], national[3:7], national[7:]
        forms = {
            "spaced": f"{a} {b} {c}",
            "compact": national,
            "intl": f"+44 20 {b} {c}",
            "intl0": f"+44 (0)20 {b} {c}",
            "brackets": f"({a}) {b} {c}",
            "london_0207": f"{national[:4]} {national[4:7]} {national[7:]}",
        }
    elif national.startswith("07"):
        a, b = national[:5], national[5:]
        forms = {
            "spaced": f"{a} {b}",
            "compact": national,
            "intl": f"+44 {a[1:]} {b}",
            "intl0": f"+44 (0){a[1:]} {b}",
            "brackets": f"({a}) {b}",
            "london_0207": f"{a} {b[:3]} {b[3:]}",
        }
    else:  # 0808 / 0300-style non-geographic
        a, b, c = national[:4], national[4:7], national[7:]
        forms = {
            "spaced": f"{a} {b} {c}",
            "compact": national,
            "intl": f"+44 {a[1:]} {b} {c}",
            "intl0": f"+44 (0){a[1:]} {b} {c}",
            "brackets": f"({a}) {b} {c}",
            "london_0207": f"{a} {b}{c}",
        }
    return forms.get(style, forms["spaced"])


def _swap_and(name: str, rng: random.Random) -> str:
    if " & " in name:
        return name.replace(" & ", " and ")
    if " and " in name:
        return name.replace(" and ", " & ")
    return name


def _title(name: str) -> str:
    small = {"and", "of", "for", "the", "with", "in", "on", "at", "to", "a"}
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in small:
            out.append(word.lower())
        elif word.isupper() and len(word) > 1:
            out.append(word)  # keep acronyms
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def abbreviate(text: str) -> str:
    for long, short in ABBREVIATIONS:
        if long in text:
            return text.replace(long, short, 1)
    return text


def vary_name(
    name: str, org_name: str, locality: str, habits: tuple[str, ...], rng: random.Random
) -> str:
    """The service name as this source writes it. Most copies keep it; each habit applies
    with a modest probability so copies in one source are not all rewritten alike."""
    out = name
    for habit in habits:
        if rng.random() > 0.35:
            continue
        if habit == "and":
            out = _swap_and(out, rng)
        elif habit == "ampersand":
            out = out.replace(" and ", " & ")
        elif habit == "title":
            out = _title(out)
        elif habit == "upper":
            out = out.upper()
        elif habit == "upper_words":
            out = " ".join(w.upper() if len(w) <= 4 and w.isalpha() else w for w in out.split())
        elif habit == "org_prefix" and org_name.lower() not in out.lower():
            out = f"{org_name} - {out}"
        elif habit == "org_suffix" and org_name.lower() not in out.lower():
            out = f"{out} ({org_name})"
        elif habit == "abbrev":
            out = abbreviate(out)
    if rng.random() < 0.06:
        out = out.replace("'", "").replace("’", "")
    if rng.random() < 0.05 and locality.lower() not in out.lower():
        out = f"{out} - {locality}"
    if rng.random() < 0.04:
        out = out.rstrip(".") + "."
    return out


def choose_name(name: str, other_names: list[str], rng: random.Random) -> str:
    """The name this source lists the service under: its usual name, or (for a service known
    by several) one of the others — a directory that calls it "Walking Group" while another
    says "Harrow Health Walks – Canons Park"."""
    if other_names and rng.random() < 0.55:
        return rng.choice(other_names)
    return name


STREET_FORMS: tuple[tuple[str, str], ...] = (
    (" Avenue", " Ave"),
    (" Road", " Rd"),
    (" Street", " St"),
    (" Gardens", " Gdns"),
    (" Lane", " Ln"),
    (" Close", " Cl"),
)


def vary_street(line: str | None, rng: random.Random) -> str | None:
    """``12 Station Avenue`` as ``12 Station Ave`` (or the reverse), as sources abbreviate."""
    if not line or rng.random() > 0.3:
        return line
    for long, short in STREET_FORMS:
        if line.endswith(long):
            return line[: -len(long)] + short
        if line.endswith(short):
            return line[: -len(short)] + long
    return line


def vary_town(town: str | None, rng: random.Random) -> str | None:
    """Some sources put "London" where others give the locality or post town."""
    if town and rng.random() < 0.12:
        return "London"
    return town


def vary_org_name(name: str, aliases: list[str], rng: random.Random) -> str:
    if aliases and rng.random() < 0.3:
        return rng.choice(aliases)
    if rng.random() < 0.05:
        return name.upper()
    return name


def vary_postcode(postcode: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        return postcode.lower()
    if roll < 0.12:
        return postcode.replace(" ", "")
    return postcode


def vary_website(url: str | None, rng: random.Random) -> str | None:
    if not url:
        return url
    roll = rng.random()
    if roll < 0.15:
        return url.replace("https://", "http://")
    if roll < 0.3:
        return url.replace("https://", "")
    if roll < 0.4:
        return url.rstrip("/") + "/"
    return url


def vary_email(email: str | None, rng: random.Random) -> str | None:
    """The same address in another case: ``Info@…``, or all in capitals as some feeds do."""
    if email and rng.random() < 0.12:
        local, _, domain = email.partition("@")
        if rng.random() < 0.5:
            return f"{local.capitalize()}@{domain}"
        return email.upper()
    return email


def first_sentences(text: str, n: int) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text.replace("\n\n", " "))
    return " ".join(sentences[:n])
