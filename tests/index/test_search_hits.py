"""How a service is shown in results: plain text, opening times, cost, snippets, highlights."""

from __future__ import annotations

import pytest

from index.model import CostOption, Schedule, Service
from index.search.hits import Highlighter, clip, cost_text, is_free, opening_lines, plain_text


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>Free <strong>debt</strong> advice</p><p>Call us</p>", "Free debt advice Call us"),
        ("Line one<br>line two", "Line one line two"),
        ("<script>alert(1)</script>Safe &amp; sound", "Safe & sound"),
        ("<style>p{}</style><ul><li>a</li><li>b</li></ul>", "a b"),
        ("plain   text\n\twith space", "plain text with space"),
        ("Fish &lt;chips&gt;", "Fish <chips>"),
        (None, ""),
    ],
)
def test_plain_text(fragment: str | None, text: str) -> None:
    assert plain_text(fragment) == text


def test_opening_lines_group_days_with_the_same_hours() -> None:
    lines = opening_lines(
        [
            Schedule(byday="SA", opens_at="10:00", closes_at="14:00"),
            Schedule(byday="MO,TU,WE,TH,FR", opens_at="09:00", closes_at="17:00"),
            Schedule(byday="SU", opens_at="09:00", closes_at="17:00"),
            Schedule(description="<b>Bank holidays</b>: closed"),
            Schedule(byday="TU,TH"),
        ]
    )
    assert lines == [
        "Mon–Fri, Sun 09:00–17:00",
        "Tue, Thu",
        "Sat 10:00–14:00",
        "Bank holidays: closed",
    ]
    assert opening_lines([Schedule(byday="MO,WE", opens_at="18:00", closes_at="21:30")]) == [
        "Mon, Wed 18:00–21:30"
    ]


@pytest.mark.parametrize(
    ("fields", "free", "text"),
    [
        ({"is_free": True}, True, "Free"),
        ({"fees_description": "Free of charge"}, True, "Free of charge"),
        ({"fees_description": "Free parking"}, None, "Free parking"),
        ({"fees_description": "£5 per session"}, False, "£5 per session"),
        ({"fees_description": "Free parking; sessions £3"}, False, "Free parking; sessions £3"),
        ({"cost_options": [CostOption(amount=0)]}, True, "Free"),
        ({"cost_options": [CostOption(amount=45, option="per day")]}, False, "£45.00 per day"),
        ({"fees_description": "Donations welcome"}, None, "Donations welcome"),
        ({}, None, None),
    ],
)
def test_cost(fields: dict[str, object], free: bool | None, text: str | None) -> None:
    service = Service(id="s", name="x", **fields)  # type: ignore[arg-type]
    assert is_free(service) is free
    assert cost_text(service) == text


def test_highlight_offsets_cover_stems_and_prefixes() -> None:
    marker = Highlighter({"walking", "centre"}, {"adv"})
    text = "Walks from the Centres; advice and advocacy. Café walking."
    spans = marker.spans(text)
    assert [text[a:b] for a, b in spans] == ["Walks", "Centres", "advice", "advocacy", "walking"]
    assert not Highlighter(set())


def test_snippet_moves_to_the_first_match_and_keeps_offsets_right() -> None:
    text = ("Intro sentence about the organisation and its long history. " * 6) + (
        "We run a weekly dementia café with music."
    )
    marker = Highlighter({"dementia"})
    snippet, spans = marker.snippet(text, 120)
    assert snippet.startswith("…") and len(snippet) <= 121
    assert [snippet[a:b] for a, b in spans] == ["dementia"]
    short, short_spans = marker.snippet("A dementia café.", 120)
    assert short == "A dementia café." and short_spans == [(2, 10)]


def test_clip_cuts_at_a_word() -> None:
    assert clip("short", 10) == "short"
    assert clip("one two three four five", 12) == "one two…"
