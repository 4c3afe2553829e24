"""Normalisation of the values directories print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harvesters.normalise import (
    age_or_none,
    extract_phones,
    html_to_text,
    normalise_email,
    normalise_phone,
    normalise_url,
    parse_age_range,
    parse_cost,
    phones_from,
    placeholder_email,
    placeholder_url,
    placeholders_in,
    postcode_from,
    sanitise_html,
    sanitise_raw,
    split_address,
    strip_postcode,
)
from harvesters.opening_times import parse_opening_times, schedule_from_row


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("020 8427 1234", "+442084271234"),
        ("Tel: 020 7946 0018", "+442079460018"),
        ("+44 (0)20 7946 0018", "+442079460018"),
        ("tel:02084271234", "+442084271234"),
        ("0800 123 4567", "+448001234567"),
        ("12345", None),
        ("not a number", None),
        ("", None),
    ],
)
def test_phones_to_e164(text: str, e164: str | None) -> None:
    assert normalise_phone(text) == e164


def test_phones_in_free_text_and_unparsable_kept_as_found() -> None:
    found = extract_phones("Call 020 8427 1234 or freephone 0800 123 4567; again 020 8427 1234")
    assert [p.number for p in found] == ["+442084271234", "+448001234567"]
    kept = phones_from(["ext. 2345 via switchboard"])
    assert [p.number for p in kept] == ["ext. 2345 via switchboard"]


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("ha12aa", None, "HA1 2AA"),
        (" sw1a 1aa ", None, "SW1A 1AA"),
        (None, "1 High St, Harrow HA1 2AA (directions displayed on map)", "HA1 2AA"),
        (None, "Moved from N1 9GU to E8 1DY in 2024", "E8 1DY"),
        ("ABC 1234", None, None),
        (None, "no postcode here", None),
    ],
)
def test_postcodes_validated_upper_cased_and_found_in_text(
    field: str | None, text: str | None, expected: str | None
) -> None:
    assert postcode_from(field, text) == expected


def test_strip_postcode_from_address_line() -> None:
    assert strip_postcode("1 High St, Harrow, HA1 2AA", "HA1 2AA") == "1 High St, Harrow"


def test_email_and_url() -> None:
    assert normalise_email("mailto:Info@HarrowAdvice.ORG.uk") == "Info@harrowadvice.org.uk"
    assert normalise_email("write to us") is None
    assert normalise_url("www.harrowadvice.org") == "https://www.harrowadvice.org"
    assert normalise_url("/about", "https://dir.gov.uk/services/1") == "https://dir.gov.uk/about"
    assert normalise_url("javascript:alert(1)") is None
    assert normalise_url("mailto:a@b.org") is None


@pytest.mark.parametrize(
    "email",
    [
        "Unknown-17774709035808669303521709054@noemail.invalid",  # seen on a Placecube feed
        "info@example.org",
        "someone@example.co.uk",
        "a@service.test",
        "none@noemail.co.uk",
        "no-email@charity.org.uk",
    ],
)
def test_placeholder_emails_are_dropped(email: str) -> None:
    assert placeholder_email(email)
    assert normalise_email(email) is None
    assert normalise_email(f"mailto:{email}") is None


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("http://www.example.com", True),  # a Placecube service area's uri
        ("https://example.org/services", True),
        ("https://services.invalid/x", True),
        ("www.example.net", True),
        ("https://example-charity.org.uk", False),
        ("https://www.ageuk.org.uk/examples", False),
    ],
)
def test_placeholder_urls_are_dropped(url: str, placeholder: bool) -> None:
    assert placeholder_url(url) is placeholder
    assert (normalise_url(url) is None) is placeholder


def test_placeholders_are_found_in_raw_evidence() -> None:
    raw = {
        "email": "Unknown-1@noemail.invalid",
        "contact": {"E-mail": '<a href="mailto:info@real.org.uk">info@real.org.uk</a>'},
        "service_areas": [{"name": "Bristol", "uri": "http://www.example.com"}],
    }
    assert placeholders_in(raw) == {
        "email": ["unknown-1@noemail.invalid"],
        "url": ["http://www.example.com"],
    }


def test_fax_lines_are_not_phones() -> None:
    # A kb5 hit's phone spans (real Lincolnshire capture): one number, then a fax.
    assert [p.number for p in phones_from(["01522 579490", "Fax: 01522 543443"])] == [
        "+441522579490"
    ]
    assert phones_from(["Fax: 01522 543443"]) == []
    assert phones_from(["Fax 01522 543443"]) == []
    both = phones_from(["Tel: 01522 579490 Fax: 01522 543443"])
    assert [p.number for p in both] == ["+441522579490"]


def test_a_label_inside_the_number_becomes_its_description() -> None:
    # As a Placecube ORUK 3.0 feed sends it under contacts[].phones[].number.
    (phone,) = phones_from(["Bristol Youth MAPS: 0117 332 7111"])
    assert (phone.number, phone.description) == ("+441173327111", "Bristol Youth MAPS")
    (plain,) = phones_from(["Telephone: 0117 332 7111"])
    assert plain.description is None  # "Telephone" says nothing a client would show
    prose = extract_phones("Call us on 0117 332 7111 any weekday")
    assert [p.description for p in prose] == [None]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("0-5 years", (0, 5)),
        ("Ages 11 to 25", (11, 25)),
        ("18+", (18, None)),
        ("16 years and over", (16, None)),
        ("Under 18", (None, 17)),
        ("Over 65", (66, None)),
        ("up to 19", (None, 19)),
        ("0 - 11 months", (0, 0)),
        ("All ages", (None, None)),
        ("Adults", (18, None)),
        ("", (None, None)),
    ],
)
def test_age_ranges(text: str, ages: tuple[int | None, int | None]) -> None:
    assert parse_age_range(text) == ages


def test_oruk_minus_one_means_no_age() -> None:
    assert age_or_none(-1) is None
    assert age_or_none("12") == 12
    assert age_or_none("") is None


def test_costs() -> None:
    assert parse_cost("Free") == (True, [])
    assert parse_cost("No charge") == (True, [])
    free, options = parse_cost("£3 per session")
    assert free is False
    assert [(o.amount, o.amount_description, o.currency) for o in options] == [
        (3.0, "per session", "GBP")
    ]
    free, options = parse_cost("Free for under 5s, £3 otherwise")
    assert free is None and options[0].amount == 3.0  # free for some only
    assert parse_cost("£2.50/hour")[1][0].amount_description == "per hour"
    assert parse_cost("Charges apply") == (False, [])
    assert parse_cost("Ask at reception") == (None, [])


def test_sanitiser_keeps_structure_and_drops_everything_dangerous() -> None:
    hostile = (
        '<p onclick="steal()" style="color:red" class="x">Hello <b>there</b>'
        '<img src="x" onerror="alert(1)"><script>alert(2)</script><style>p{}</style>'
        '<iframe src="https://evil.example"></iframe>'
        '<a href="javascript:alert(3)">bad</a> <a href="/about" target="_blank">about</a>'
        ' <a href="tel:02084271234">call</a> <a href="mailto:x@y.org">mail</a>'
        '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a><!-- note --></p>'
    )
    clean = sanitise_html(hostile, "https://dir.example/services/1")
    assert clean is not None
    for banned in (
        "onclick",
        "style",
        "class",
        "img",
        "onerror",
        "script",
        "alert",
        "iframe",
        "javascript:",
        "target",
        "data:",
        "<!--",
    ):
        assert banned not in clean, banned
    assert '<a href="https://dir.example/about"' in clean
    assert 'href="tel:02084271234"' in clean and 'href="mailto:x@y.org"' in clean
    assert "<b>there</b>" in clean
    assert sanitise_html("<script>only()</script>") is None


def test_raw_fields_are_sanitised_recursively() -> None:
    raw = sanitise_raw({"a": '<b onmouseover="x()">hi</b>', "n": [1, "<script>q</script>ok"]})
    assert raw == {"a": "<b>hi</b>", "n": [1, "ok"]}


def test_html_to_text() -> None:
    assert html_to_text("<p>One</p><p>Two &amp; three</p><script>x()</script>") == "One Two & three"


def _rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.byday, s.opens_at, s.closes_at) for s in parse_opening_times(text)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Monday to Friday, 9am - 5pm", [("MO,TU,WE,TH,FR", "09:00", "17:00")]),
        ("Mon-Fri 9:00-17:00", [("MO,TU,WE,TH,FR", "09:00", "17:00")]),
        ("Tuesdays 10:00 – 12:00", [("TU", "10:00", "12:00")]),
        ("Weekdays 9-5", [("MO,TU,WE,TH,FR", "09:00", "17:00")]),
        ("Wednesday 6-8pm", [("WE", "18:00", "20:00")]),
        ("Sat 10.30am-12.30pm", [("SA", "10:30", "12:30")]),
        ("Fri 12 noon - 2pm", [("FR", "12:00", "14:00")]),
        ("9am-5pm Monday to Friday", [("MO,TU,WE,TH,FR", "09:00", "17:00")]),
        (
            "Mon, Wed 9am-1pm; Sat 10-12",
            [("MO,WE", "09:00", "13:00"), ("SA", "10:00", "12:00")],
        ),
        (
            "Monday 9am-12pm and 1pm-5pm",
            [("MO", "09:00", "12:00"), ("MO", "13:00", "17:00")],
        ),
        ("Open 24 hours", [("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")]),
        ("Term time only", [(None, None, None)]),
    ],
)
def test_opening_times(text: str, rows: list[tuple[str | None, str | None, str | None]]) -> None:
    assert _rows(text) == rows


def test_opening_times_keep_the_original_text() -> None:
    schedules = parse_opening_times("Every Thursday, 1pm to 3pm. Closed bank holidays.")
    assert schedules[0].byday == "TH" and schedules[0].description == "Every Thursday, 1pm to 3pm"
    assert schedules[-1].byday is None and schedules[-1].description == "Closed bank holidays"


def test_opening_times_table_rows() -> None:
    (row,) = schedule_from_row("Monday", "09:00", "17:00")
    assert (row.byday, row.opens_at, row.closes_at) == ("MO", "09:00", "17:00")
    assert row.description == "Monday: 09:00 - 17:00"
    assert schedule_from_row("Sunday", "Closed", "Closed") == []


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        (
            [
                "Kingston Neighbourhood Centre",
                "98 Riverside Walk, Kingston",
                "Kingston upon Thames",
            ],
            (
                "Kingston Neighbourhood Centre",
                "98 Riverside Walk, Kingston",
                "Kingston upon Thames",
                None,
            ),
        ),
        (
            ["12 Green Lane", "Surbiton", "KT6 6QP"],
            (None, "12 Green Lane", "Surbiton", "KT6 6QP"),
        ),
        (["12 Green Lane, Surbiton, KT6 6QP"], (None, "12 Green Lane", "Surbiton", "KT6 6QP")),
        (
            ["Surbiton Library", "139 Green Lane"],
            (None, "Surbiton Library", "139 Green Lane", None),
        ),
        (["KT6 6QP"], (None, None, None, "KT6 6QP")),
    ],
)
def test_split_address_keeps_every_line_but_the_postcode(
    lines: list[str], parts: tuple[str | None, ...]
) -> None:
    """An address printed without its postcode (AfC and Jadu records give the postcode a
    field of its own) keeps its lines."""
    got = split_address(lines)
    assert (got["name"], got["address_1"], got["city"], got["postal_code"]) == parts


_LINE = st.from_regex(
    r"[1-9][0-9]{0,2} [A-Z][a-z]{2,9} (Road|Lane|Street)|[A-Z][a-z]{3,12}", fullmatch=True
)


@given(st.lists(_LINE, min_size=1, max_size=4), st.booleans())
def test_split_address_loses_no_line(lines: list[str], with_postcode: bool) -> None:
    """Whatever the lines, each one ends up in exactly one part, and the postcode (when
    there is one) in its own field."""
    printed = [*lines, "KT1 1EU"] if with_postcode else lines
    got = split_address(printed)
    kept = [got["name"], got["address_1"], *(got["address_2"] or "").split(", "), got["city"]]
    assert [x for x in kept if x] == lines
    assert got["postal_code"] == ("KT1 1EU" if with_postcode else None)
