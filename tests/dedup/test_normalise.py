"""The normalisers make equal what directories write differently, and keep apart what differs."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dedup.addresses import address_tokens, house_numbers
from index.dedup.contacts import email_key, phone_keys, registrable_domain, registration_number
from index.dedup.contrasts import starts_another
from index.dedup.name_score import _contraction, fuzzy_pairs, spelt_out
from index.dedup.names import MIN_TYPO_WORD, STATUS_NOTES, WRAPPER_WORDS, name_tokens
from index.dedup.text import stem
from index.vocab import default_aliases


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CAB Harrow", "Citizens Advice Bureau Harrow"),
        ("Harrow CAB", "Citizens Advice Harrow"),
        ("St Mary's Day Centre", "Saint Marys Day Centre"),
        ("Carers & Friends Assoc.", "Carers and Friends Association"),
        ("The Harrow Carers Group Ltd", "Harrow Carers"),
        ("Youth Counseling Center", "Youth Counselling Centre"),
        ("HARROW  CARERS", "harrow carers"),
        ("Café Nour", "Cafe Nour"),
        ("Mens Talking Group", "Men's Talking Group"),
        ("Womens Aid Drop-in", "Women’s Aid Drop-in"),
        ("Childrens Centre", "Children's Centre"),
        ("Young Peoples Service", "Young People's Service"),
        ("Over 60s Club", "Over 60 Club"),
        ("1970s Music Night", "1970 Music Night"),
        ("1st Pinner Scouts", "First Pinner Scouts"),
        ("2nd Hand Shop", "Second Hand Shop"),
        ("10th Wembley Brownies", "Tenth Wembley Brownies"),
        ("NEW! Men's Shed Harrow", "Men's Shed Harrow"),
        ("*NEW* Baby Bank", "Baby Bank"),
        ("Lunch Club (New)", "Lunch Club"),
        ("CLOSED: Lunch Club", "Lunch Club"),
        ("Stroke Club (temporarily closed)", "Stroke Club"),
        ("Reopened - Lido Swim", "Lido Swim"),
        ("Walking Football (Mon & Wed)", "Walking Football Monday and Wednesday"),
        ("Chair Yoga Tues", "Chair Yoga Tuesday"),
        ("Coffee Morning (Weds)", "Coffee Morning Wednesday"),
        ("Carers Café Thurs", "Carers Cafe Thursday"),
        ("Knit and Natter Fri / Sat", "Knit and Natter Friday Saturday"),
        ("U18s Drop-in", "Under 18s Drop-in"),
        ("Pinner U11 Football", "Pinner Under 11 Football"),
        ("KS2 Maths Booster", "Key Stage 2 Maths Booster"),
        ("MND Association NW London", "MND Association North West London"),
        ("NE London Carers", "North East London Carers"),
        ("SW London Law Centre", "South West London Law Centre"),
        ("SE London Deaf Club", "South East London Deaf Club"),
        ("Council Tax Support", "Council Tax Reduction"),
        ("East London Masjid", "East London Mosque"),
        ("1:1 Counselling", "One-to-one Counselling"),
        ("1-to-1 Mentoring", "One to One Mentoring"),
        ("Care at Home", "Home Care"),
        ("Smear Tests", "Cervical Screening"),
        ("Smear Test Clinic", "Cervical Screening Clinic"),
        ("Blood Tests", "Phlebotomy"),
        ("Blood Test Clinic", "Phlebotomy Clinic"),
        ("Health MOT", "Health Check"),
        ("Post-diagnostic Support", "Post Diagnosis Support"),
    ],
)
def test_equivalent_names_have_equal_tokens(a: str, b: str) -> None:
    assert sorted(set(name_tokens(a))) == sorted(set(name_tokens(b)))


def test_different_names_stay_different() -> None:
    assert set(name_tokens("Harrow Carers")) != set(name_tokens("Brent Carers"))
    # A region's initials, but not a single compass letter (a block, a wing).
    assert set(name_tokens("NW London Carers")) != set(name_tokens("SW London Carers"))
    assert set(name_tokens("Block E Day Centre")) != set(name_tokens("Block East Day Centre"))
    # Counselling in a group says how it runs (``group`` alone is a stop word).
    assert set(name_tokens("Group Counselling")) != set(name_tokens("Counselling"))
    assert set(name_tokens("Carers Group")) == set(name_tokens("Carers"))
    # A listing for volunteers is no listing of the service; a volunteer-run service is.
    assert set(name_tokens("Library Volunteers")) != set(name_tokens("Library"))
    assert set(name_tokens("Volunteer Car Scheme")) == set(name_tokens("Voluntary Car Scheme"))
    # The reduction in council tax is no council tax with a word added.
    assert not set(name_tokens("Council Tax Support")) & set(name_tokens("Council Tax"))
    # Names that begin with a status word are names, not notes.
    for name in ("New Horizons", "Open Door Project", "Closed Group for Widows", "Newham Carers"):
        assert name_tokens(name)[0] in ("new", "open", "closed", "newham"), name


@lru_cache(maxsize=1)
def sample_service_names() -> tuple[str, ...]:
    """Every distinct service name of the sample world, sorted: the reference the rules that
    read a name are checked over (built once for the module's tests)."""
    from samples.truth import load_truth
    from tests.dedup.sample_records import sample_records

    records, _labels = sample_records(load_truth())
    return tuple(sorted({r.service.name for r in records}))


def org_level(x: str, y: str) -> str:
    """The organisation comparator's level for two listings run by ``x`` and ``y``."""
    from index.dedup.comparable import comparable_from_record
    from index.dedup.field_score import compare_organisations
    from tests.dedup.records import listing

    a, b = (comparable_from_record(listing(s, s, "Advice", org=o)) for s, o in (("a", x), ("b", y)))
    return compare_organisations(a, b)[0]


STATUS_FORMS: tuple[str, ...] = (
    "{note}: {name}", "{note}! {name}", "*{note}* {name}", "{note} - {name}",
    "{name} ({note})", "{name} [{note}]", "{name} - {note}", "{name} – {note}",
)  # fmt: skip
"""The ways directories write a note on a listing into its name."""


def test_every_status_note_in_every_form_leaves_every_sample_name_as_it_was() -> None:
    """Every note of ``STATUS_NOTES`` (as written, upper case or title case in turn), in every form a
    directory writes it, around every service name of the sample world: the name's words are
    the name's alone (``Knit and Natter (Temporarily Suspended)`` = ``Knit and Natter``)."""
    names = sample_service_names()
    for note in STATUS_NOTES:
        writings = (note, note.upper(), note.title())
        for form in STATUS_FORMS:
            for n, name in enumerate(names):
                noted = form.format(note=writings[n % 3], name=name)
                assert name_tokens(noted) == name_tokens(name), noted


def test_a_status_word_inside_a_name_is_part_of_the_name() -> None:
    """A note's word that the name itself says, with nothing marking it as a note."""
    for name, word in (
        ("Try Something New", "new"), ("Suspended Ceiling Club", "suspended"),
        ("Brand New Start - Mentoring", "new"), ("Open Door Project", "open"),
        ("Hold On Youth Club", "hold"), ("Lunch Club - New Members Welcome", "new"),
    ):  # fmt: skip
        assert word in name_tokens(name), name


def test_every_sample_name_with_its_own_initials_in_brackets_is_the_name() -> None:
    """Every service name of the sample world followed by its initials in brackets (``Speech
    and Language Therapy (SALT)``, small words taken or left) reads as the name alone; a
    bracketed word that spells nothing before it stays (``Carers Group (Men)``)."""
    import re

    small = {"and", "of", "for", "the", "to", "in", "on", "with", "at", "by"}
    checked = 0
    for name in sample_service_names():
        words = re.findall(r"[A-Za-z]+", name)
        if len(words) < 2 or not re.fullmatch(r"[A-Za-z'&\- ]+", name):
            continue
        for initials in (
            "".join(w[0] for w in words),
            "".join(w[0] for w in words if w.lower() not in small),
        ):
            if 2 <= len(initials) <= 8:
                for form in ("{} ({})", "{} [{}]", "{} ( {} )"):
                    written = form.format(name, initials.upper())
                    assert name_tokens(written) == name_tokens(name), written
                    checked += 1
        assert "men" in name_tokens(f"{name} (Men)"), name
    assert checked > 1000


def test_every_age_from_which_is_one_age_however_it_is_written() -> None:
    """Every age from 1 to ``MAX_AGE`` with a plus, written or said (``50+``, ``50 Plus``,
    ``50s and over``, ``50 or over``, ``50 and above``, ``50 and older``) reads as ``Over 50s``;
    ``Disney Plus`` and ``Plus 50`` say no age."""
    from index.dedup.contrasts import MAX_AGE

    forms = (
        "{}+ Lunch Club", "{} Plus Lunch Club", "{}PLUS Lunch Club", "Lunch Club for {}s and over",
        "Lunch Club ({} or over)", "Lunch Club {} and above", "Lunch Club {} and older",
    )  # fmt: skip
    for age in range(1, MAX_AGE + 1):
        over = set(name_tokens(f"Over {age}s Lunch Club"))
        assert {"over", str(age)} <= over
        for form in forms:
            assert set(name_tokens(form.format(age))) == over, form.format(age)
    assert "over" not in name_tokens("Disney Plus Club") + name_tokens("Plus 50 Club")


def test_every_sample_name_with_a_contact_or_registration_written_in_is_the_name() -> None:
    """Every service name of the sample world with an e-mail, a web address or a registration
    number written after it, in the ways directories write them, reads as the name alone: the
    listing's own fields say those, and their words (``ageukbarnet``, ``org``) and digits
    would read as words of the name."""
    import re

    for n, name in enumerate(sample_service_names()):
        slug = re.sub(r"[^a-z]", "", name.lower())[:20] or "x"
        number = 1_000_000 + n
        for tail in (
            f" (info@{slug}.org.uk)", f" - Email: {slug}@gmail.com", f" – www.{slug}.org.uk",
            f" (https://{slug}.org/services/)", f" [visit {slug}.co.uk]", f" - {slug}.nhs.uk",
            f" (Registered Charity No. {number})", f" - Charity Number {number}",
            f" [Company No. 0{number}]", f" (Reg. Charity {number})", f", CIC {number}",
        ):  # fmt: skip
            assert name_tokens(name + tail) == name_tokens(name), name + tail


def test_every_council_written_by_its_initials_is_that_council() -> None:
    """Every borough council's initials (``LBTH``, ``RBKC``, ``L.B.H.F.``) are the council, as
    ``London Borough of …`` is, and never the borough's charities (``Tower Hamlets Carers
    Centre``); initials several boroughs share (``LBH``: Harrow, Hounslow…) are no council."""
    from index.dedup.names import COUNCIL_INITIALS, organisation_tokens
    from index.geo import LONDON_BOROUGHS

    written_so = {"LBBD", "LBHF", "LBTH", "LBWF", "RBKC", "LBRUT", "RBK", "LBI", "LBN", "RBG"}
    assert written_so <= set(COUNCIL_INITIALS)
    assert set(COUNCIL_INITIALS.values()) <= set(LONDON_BOROUGHS) - {"City of London"}
    for initials, borough in COUNCIL_INITIALS.items():
        council = organisation_tokens(f"London Borough of {borough}")
        assert council[0] == "council"
        for written in (initials, ".".join(initials) + ".", initials.lower()):
            assert organisation_tokens(written) == council, written
            assert org_level(written, f"{borough} Council") == "same", written
            carers = f"{borough} Carers Centre"
            assert org_level(written, carers) == org_level(f"London Borough of {borough}", carers)
            assert org_level(written, carers) != "same", written
    for letter in "BCHRSW":  # Barnet, Brent…; Camden, Croydon; Harrow…; Redbridge, Richmond…
        assert organisation_tokens(f"LB{letter}")[0] != "council", letter


def test_every_council_and_every_body_named_for_its_borough_are_two_organisations() -> None:
    """Every London borough's council, written each way, against charities and groups named
    for the borough (``Carers of Barking and Dagenham``, ``Harrow Mind``): two organisations,
    however many of their words are the borough's; a council's own department is the council."""
    from index.geo import LONDON_BOROUGHS

    bodies = ("{} Carers", "Carers of {}", "{} Mind", "Age UK {}", "{} Foodbank", "{} CVS")
    for borough in LONDON_BOROUGHS:
        if borough == "City of London":
            continue  # governed by a Corporation, not a borough council
        for council in ("London Borough of {}", "{} Council", "LB {}"):
            written = council.format(borough)
            for body in bodies:
                assert org_level(written, body.format(borough)) == "different", (written, body)
            assert org_level(written, f"{borough} Council Adult Social Care") == "same", written


def test_a_trust_by_its_initials_is_the_trust_with_or_without_its_legal_words() -> None:
    """London's NHS trusts as their own sites write them, initials against the full name:
    the initials may leave out NHS, Foundation and Trust or keep them; initials that spell
    another body's words stay another body."""
    trusts = {
        "CNWL": "Central and North West London NHS Foundation Trust",
        "ELFT": "East London NHS Foundation Trust",
        "NELFT": "North East London NHS Foundation Trust",
        "GSTT": "Guy's and St Thomas' NHS Foundation Trust",
        "UCLH": "University College London Hospitals NHS Foundation Trust",
        "KCH": "King's College Hospital NHS Foundation Trust",
        "CLCH": "Central London Community Healthcare NHS Trust",
        "HRCH": "Hounslow and Richmond Community Healthcare NHS Trust",
        "LNWUH": "London North West University Healthcare NHS Trust",
        "WLT": "West London NHS Trust",
        "BEHMHT": "Barnet, Enfield and Haringey Mental Health NHS Trust",
    }
    for initials, name in trusts.items():
        assert org_level(initials, name) == "same", initials
        assert org_level(name, initials) == "same", initials
    assert org_level("ELFT", "North East London NHS Foundation Trust") == "different"
    assert org_level("CNWL", "East London NHS Foundation Trust") == "different"


def test_every_short_plural_of_the_sample_world_is_its_word_and_initials_stay() -> None:
    """Every four-letter word ending in ``s`` among the sample world's names that is the plural
    of another of its words (``cubs``/``cub``, ``arts``/``art``) stems as that word; initials
    with no vowel before the ``s`` (``HYCS``) and ``plus``, ``news``, ``less``, ``this`` stay
    whole, as does every such form of the alias table that has no vowel (``WRVS``, ``CCCS``)."""
    import csv
    import re

    words = {w for name in sample_service_names() for w in re.findall(r"[a-z]+", name.lower())}
    checked = 0
    for word in sorted(words):
        if len(word) == 4 and word.endswith("s") and word[:3] in words and word[2] not in "uisw":
            assert stem(word) == stem(word[:3]), word
            checked += 1
    assert checked >= 3
    for word in ("hycs", "plus", "news", "less", "this", "gyms"):
        assert stem(word) == word, word
    with open("index/vocab/aliases.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for form in re.findall(r"\b[A-Z]{3}S\b", row["forms"]):
                if not set(form[:3].lower()) & set("aeiou"):
                    assert stem(form.lower()) == form.lower(), form


def test_every_two_word_keyword_run_together_matches_its_two_words() -> None:
    """Every two-word keyword of the taxonomy (``food bank``, ``well being``, ``drop in``…),
    written as one word in one name and two in the other, either way round; a name of the one
    word alone still reaches the name comparator (``Taxicard`` / ``Taxi Card Scheme``)."""
    from index.dedup.comparable import comparable_from_record
    from index.dedup.name_score import compound_pairs, may_hold_below_floor
    from index.taxonomy import default_taxonomy
    from tests.dedup.records import listing

    checked = alone = 0
    for row in default_taxonomy().rows.values():
        for keyword in row.keywords:
            parts = name_tokens(keyword)
            if len(parts) != 2 or min(len(p) for p in parts) < 3 or parts[0] == parts[1]:
                continue
            joined = name_tokens(keyword.replace(" ", ""))
            whole = joined[0] if len(joined) == 1 else ""
            if whole != parts[0] + parts[1]:
                continue  # the stem of the run-together word is not the two stems joined
            found = (whole, parts[0], parts[1])
            assert compound_pairs({whole, "harrow"}, {*parts, "harrow"}) == [found], keyword
            assert compound_pairs({*parts}, {whole}) == [found], keyword
            # A name that is the one word alone is not gated by the string similarity.
            one = comparable_from_record(listing("a", "1", keyword.replace(" ", "")))
            two = comparable_from_record(listing("b", "2", f"{keyword} Scheme"))
            if one.token_set == {whole}:
                assert may_hold_below_floor(one, two, lambda: "different"), keyword
                assert may_hold_below_floor(two, one, lambda: "different"), keyword
                alone += 1
            checked += 1
    assert checked > 20
    assert alone > 20
    assert compound_pairs({"playgroup"}, {"play"}) == []
    # A word that two others say (SAID_AS_TWO), either way round; the name keeps its words, so
    # its initials still spell it (DIAL, Disability Information and Advice Line).
    assert compound_pairs({"helpline", "carer"}, {"advice", "line", "carer"}) == [
        ("helpline", "advice", "line")
    ]
    assert compound_pairs({"advice", "line"}, {"helpline"}) == [("helpline", "advice", "line")]
    assert name_tokens("Disability Information and Advice Line")[-2:] == ("advice", "line")
    assert set(name_tokens("Knit and Natter")) != set(name_tokens("Chess Club"))


@pytest.mark.parametrize(
    "text",
    [
        "020 8427 1234",
        "+44 20 8427 1234",
        "+44 (0)20 8427 1234",
        "0044 20 8427 1234",
        "02084271234",
    ],
)
def test_phone_formats_give_one_key(text: str) -> None:
    assert phone_keys(text) == ("2084271234",)


def test_several_numbers_in_one_field_and_extensions() -> None:
    assert phone_keys("020 8427 1234 or 07700 900123") == ("2084271234", "7700900123")
    assert phone_keys("020 8427 1234 ext. 210") == ("2084271234",)
    assert phone_keys("310/246-1501") == ("3102461501",)
    assert phone_keys("call us") == ()
    assert phone_keys("111") == ()


def test_domains_ignore_www_paths_and_shared_hosts() -> None:
    assert registrable_domain("https://www.harrow.gov.uk/adult-care?x=1") == "harrow.gov.uk"
    assert registrable_domain("info@ageuk.org.uk") == "ageuk.org.uk"
    assert registrable_domain("http://mind.org.uk") == "mind.org.uk"
    assert registrable_domain("someone@gmail.com") is None
    assert registrable_domain("https://www.facebook.com/harrowcarers") is None
    assert registrable_domain("not a url") is None


def test_street_and_saint_in_addresses() -> None:
    assert address_tokens("12 St Ann's Rd") == ("12", "saint", "ann", "road")
    assert address_tokens("21 W. 52nd St.") == ("21", "west", "52nd", "street")
    assert address_tokens("854 Seventh Ave") == address_tokens("854 7th Avenue")
    assert house_numbers(address_tokens("12a High St")) == {"12a"}
    assert house_numbers(address_tokens("21 W. 52nd St.")) == {"21"}


def test_every_organisation_goes_by_its_initials_in_its_own_services_names() -> None:
    """Every organisation of the sample world with a name of two words or more: ``Peer Support
    Group (Harlesden CA)`` run by Harlesden Community Association is its ``Peer Support
    Group``, the initials (whole, or without the place first) saying who runs it."""
    from index.dedup.comparable import comparable_from_record
    from index.dedup.frequencies import Frequencies
    from index.dedup.scoring import score_pair
    from samples.truth import load_truth
    from tests.dedup.records import listing
    from tests.dedup.sample_records import sample_records

    records, _labels = sample_records(load_truth())
    organisations = sorted(
        {r.service.organization.name for r in records if r.service.organization} - {""}
    )
    checked = 0
    for org in organisations:
        words = name_tokens(org)
        for start in range(len(words) - 1):
            initials = "".join(w[0] for w in words[start:])
            a = listing(
                "a", "p1", f"Peer Support Group ({initials.upper()})", org=org, postcode="NW10 3RF"
            )
            b = listing("b", "p2", "Peer Support Group", org=org, postcode="NW10 3RF")  # fmt: skip
            ca, cb = comparable_from_record(a), comparable_from_record(b)
            level = score_pair(ca, cb, Frequencies.build([ca, cb])).field("name").level
            assert level in ("exact", "core"), (org, initials, level)
            checked += 1
    assert checked > 50


def test_a_listing_named_by_its_organisation_is_the_organisations_whole_name() -> None:
    from index.dedup.comparable import comparable_from_record
    from index.dedup.name_score import one_names_the_others_organisation
    from tests.dedup.records import listing

    service = comparable_from_record(
        listing("b", "s", "Bereavement Support", org="Cruse Bereavement Support")
    )
    for name, expected in (
        ("Cruse Bereavement Support", True),
        ("Cruse", True),
        ("Cruse Bereavement Care", True),  # the alias table: one charity
        ("Bereavement", False),
        ("Support", False),
    ):
        named = comparable_from_record(listing("a", "n", name))
        assert one_names_the_others_organisation(named, service) is expected, name
        assert one_names_the_others_organisation(service, named) is expected, name
    # Beside the named listing's own place words and wrapper words, the name is still the
    # organisation's; beside a word that says which service, it is not.
    for name, expected in (
        ("Cruse – Wealdstone", True),
        ("Cruse Bereavement Support Group (Wealdstone)", True),
        ("Cruse Bereavement Support Service", True),
        ("Cruse Wealdstone Counselling", False),
        ("Cruse Bereavement Support – Children and Young People", False),
    ):
        named = comparable_from_record(
            listing("a", "w", name, address="High Street", city="Wealdstone")
        )
        assert one_names_the_others_organisation(named, service) is expected, name
        assert one_names_the_others_organisation(service, named) is expected, name
    kingsbury = comparable_from_record(
        listing("b", "k", "Food Bank Distribution Centre", org="Kingsbury Foodbank")
    )
    foodbank = comparable_from_record(listing("a", "f", "Foodbank"))
    assert not one_names_the_others_organisation(foodbank, kingsbury)


@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9),
        min_size=3,
        max_size=6,
        unique_by=lambda w: w,
    )
)
def test_a_word_spelling_the_others_own_words_in_order_is_read_as_them(words: list[str]) -> None:
    """``DIAL`` / ``Disability Information (and) Advice Line``: the initials in the other
    name's order, of exactly its own words; out of order, or of some of them, they are not."""
    initials = "".join(w[0] for w in words)
    if initials in words:
        return  # the word would be one of the other name's own
    assert spelt_out({initials}, ("harrow", *words), set(words)) == (initials, tuple(words))
    shuffled = [*words[1:], words[0]]
    if "".join(w[0] for w in shuffled) != initials:
        assert spelt_out({initials}, ("harrow", *shuffled), set(words)) is None
    assert spelt_out({initials[:-1]}, ("harrow", *words), set(words)) is None
    assert spelt_out({initials, "club"}, ("harrow", *words), set(words)) is None


LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-_", min_size=1, max_size=20)
LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


@given(
    local=LOCAL,
    host=st.one_of(
        st.builds(
            "{}.{}".format, LABEL, st.sampled_from(["invalid", "test", "example", "localhost"])
        ),
        st.builds("example.{}".format, st.sampled_from(["com", "org", "co.uk", "org.uk"])),
        st.builds("noemail.{}".format, st.sampled_from(["com", "co.uk", "invalid"])),
    ),
)
def test_a_placeholder_email_or_host_gives_no_key(local: str, host: str) -> None:
    """Records handed to dedup from elsewhere (``dedup-file``) may still carry what a database
    put in an empty field: two listings sharing ``noemail@noemail.invalid`` share nothing."""
    assert email_key(f"{local}@{host}") is None
    assert registrable_domain(f"{local}@{host}") is None
    if not host.startswith("noemail.") or host.endswith(".invalid"):
        assert registrable_domain(f"https://www.{host}/page") is None


@given(
    digit=st.sampled_from("0123456789"),
    lengths=st.lists(st.integers(1, 5), min_size=2, max_size=4),
    trunk=st.sampled_from(["", "0", "+44 ", "+44 (0)"]),
)
def test_a_placeholder_phone_gives_no_key(digit: str, lengths: list[int], trunk: str) -> None:
    """``0000 000 0000`` and other runs of one digit: no key, however spaced or prefixed."""
    text = trunk + " ".join(digit * n for n in lengths)
    assert phone_keys(text) == ()


@given(
    number=st.integers(200_000, 1_999_999),
    label=st.sampled_from(
        ["{}", "Registered Charity No. {}", "Charity number: {}", "GB-CHC-{}", "gb-chc-{}",
         "{} (England & Wales)", "Reg. charity {}", "CIO {}", "Charity no {}"]
    ),
)  # fmt: skip
def test_a_charity_number_is_one_number_whatever_is_written_around_it(
    number: int, label: str
) -> None:
    assert registration_number(label.format(number)) == str(number)


@given(
    number=st.integers(1, 99_999_999), label=st.sampled_from(["{}", "Company No {}", "GB-COH-{}"])
)
def test_a_company_number_is_one_number_with_or_without_its_leading_zeros(
    number: int, label: str
) -> None:
    assert registration_number(label.format(f"{number:08d}")) == registration_number(str(number))


@pytest.mark.parametrize("text", ["n/a", "N/A", "TBC", "Exempt", "none", "-", "Not registered"])
def test_a_registration_field_with_no_number_gives_none(text: str) -> None:
    """``n/a`` against another listing's number would read as two registrations: strong
    evidence of two services."""
    assert registration_number(text) is None


NAME_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10).map(str.title),
    min_size=2,
    max_size=6,
)


@given(words=NAME_WORDS, data=st.data(), ellipsis=st.sampled_from(["...", "…", "…."]))
def test_a_name_cut_short_keeps_only_whole_words_of_the_full_name(
    words: list[str], data: st.DataObject, ellipsis: str
) -> None:
    """``Harrow Association of Disabled Peo...``: the cut word is dropped, so the cut name's
    words are all words of the full name, and the name cut after a whole word keeps it."""
    full = " ".join(words)
    at = data.draw(st.integers(len(words[0]) + 1, len(full)))
    cut = full[:at].rstrip() + ellipsis
    assert set(name_tokens(cut)) <= set(name_tokens(full)), cut
    assert name_tokens(" ".join(words[:-1]) + " ...") == name_tokens(" ".join(words[:-1]))
    assert name_tokens(" ".join(words[:-1]) + " …") == name_tokens(" ".join(words[:-1]))


@given(words=NAME_WORDS, tagline=st.lists(st.sampled_from(
    ["supporting", "unpaid", "carers", "across", "brent", "since", "1995", "a", "social",
     "group", "for", "local", "people", "helping", "you", "north", "london"]),
    min_size=3, max_size=8),
    separator=st.sampled_from([": ", " - ", " – "]))  # fmt: skip
def test_a_tagline_in_lower_case_after_the_name_is_not_the_name(
    words: list[str], tagline: list[str], separator: str
) -> None:
    name = " ".join(words)
    tagline = ["supporting", *tagline]  # a phrase in lower case starts with a lower-case word
    assert name_tokens(name + separator + " ".join(tagline)) == name_tokens(name)
    # A second name after a colon starts with a capital, and stays.
    titled = name + ": " + " ".join(w.title() for w in tagline)
    assert len(name_tokens(titled)) >= len(name_tokens(name))


@pytest.mark.parametrize(
    "tail",
    ["meets every tuesday", "for under 5s", "for beginners and improvers", "10am to 12pm",
     "a group for young people", "sessions on mondays"],
)  # fmt: skip
def test_a_tagline_that_says_which_session_stays(tail: str) -> None:
    """``Walking Group - meets every tuesday`` beside ``… every thursday`` are two groups."""
    assert name_tokens(f"Walking Group - {tail}") != name_tokens("Walking Group")


TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@pytest.mark.parametrize(("tens", "tens_value"), [(w, 20 + 10 * k) for k, w in enumerate(TENS)])
@pytest.mark.parametrize(("unit", "unit_value"), [(w, 1 + k) for k, w in enumerate(UNITS)])
def test_every_number_written_as_two_words_is_that_number(
    tens: str, tens_value: int, unit: str, unit_value: int
) -> None:
    """``Club Fifty-Five`` = ``Club 55``, with a hyphen or a space, in any case."""
    value = tens_value + unit_value
    for form in (
        f"{tens}-{unit}",
        f"{tens.title()} {unit.title()}",
        f"{tens.upper()}-{unit.upper()}",
    ):
        assert name_tokens(f"Club {form}") == name_tokens(f"Club {value}"), form


@pytest.mark.parametrize(
    ("way_in", "service"),
    [
        ("Front Door", "Adult Social Care"),
        ("Single Point of Access", "Mental Health"),
        ("Front Door", "Children's Services"),
    ],
)
def test_a_councils_way_in_is_a_wrapper_word(way_in: str, service: str) -> None:
    """``Adult Social Care Front Door`` is how people reach adult social care, not another
    service: the phrase reads as one wrapper word, counted as little as ``service``."""
    tokens = name_tokens(f"{service} {way_in}")
    assert tokens == (*name_tokens(service), "frontdoor")
    assert "frontdoor" in WRAPPER_WORDS


LETTERS = "abcdefghijklmnopqrstuvwxyz"


@given(st.text(LETTERS, min_size=4, max_size=8), st.data())
def test_a_typo_that_keeps_a_word_from_its_stem_still_pairs_with_it(
    stem_: str, data: st.DataObject
) -> None:
    """``husing`` / ``housing``: one letter lost (never the first) leaves a word too short to
    stem, or stems it differently; the two are still one typo apart. Except where the stem is
    a whole word of the contrast table that the typo only begins: ``zumbaing`` stems to
    ``zumba``, an activity, and its typo ``zumbang`` is read as a longer word that a table word
    never abbreviates (``sing`` / ``single``; ``contrasts.starts_another``, whose own tests
    cover every word of the table)."""
    whole = stem_ + "ing"
    cut = data.draw(st.integers(1, len(whole) - 1))
    typo = whole[:cut] + whole[cut + 1 :]
    x, y = stem(whole), stem(typo)
    short, long_ = sorted((x, y), key=len)
    if x != y and not (long_.startswith(short) and starts_another(short, long_)):
        assert fuzzy_pairs({x}, {y}) == [(x, y)], (whole, typo)


@given(st.text(LETTERS, min_size=6, max_size=14), st.data())
def test_a_contraction_pairs_with_its_word(word: str, data: st.DataObject) -> None:
    """``assn`` / ``association``: letters left out, in order, from the same first letter to
    the same last."""
    kept = data.draw(
        st.lists(st.integers(1, len(word) - 2), min_size=2, max_size=len(word) - 4, unique=True)
    )
    short = word[0] + "".join(word[i] for i in sorted(kept)) + word[-1]
    assert fuzzy_pairs({short}, {word}) == [(short, word)], (short, word)
    assert fuzzy_pairs({word}, {short}) == [(word, short)], (short, word)


def test_contractions_directories_write_are_their_words() -> None:
    for short, word in (("assn", "association"), ("govt", "government"), ("mgmt", "management")):
        assert fuzzy_pairs({short}, {word}) == [(short, word)]
    # Not a contraction: another first letter, letters out of order, or one letter left out
    # (that is a typo, judged by the typo rule).
    assert not _contraction("ssoc", "association")
    assert not _contraction("asnc", "association")
    assert not _contraction("asociation", "association")
    assert not _contraction("bank", "blanket")  # another last letter: no contraction
    assert fuzzy_pairs({"bank"}, {"blanket"}) == []


NAME_WORD = st.sampled_from(["Ealing", "Harrow", "Carers", "Mind", "Association", "Hub", "Young"])


@given(
    name=st.lists(NAME_WORD, min_size=1, max_size=4).map(" ".join),
    former=st.lists(NAME_WORD, min_size=1, max_size=4).map(" ".join),
    said=st.sampled_from(["formerly", "Formerly", "FORMERLY", "previously", "formerly known as"]),
    written=st.sampled_from(["{} ({} {})", "{} [{} {}]", "{} – {} {}", "{}, {} {}", "{} - {} {}"]),
)
def test_a_former_name_written_after_the_name_is_not_read(
    name: str, former: str, said: str, written: str
) -> None:
    """``Ealing Carers (formerly Ealing Association of Carers)`` is ``Ealing Carers``."""
    assert name_tokens(written.format(name, said, former)) == name_tokens(name)


def test_former_as_a_word_of_a_name_stays() -> None:
    assert name_tokens("Formerly Club") == ("formerly", "club")
    assert "previously" in name_tokens("The Previously Loved Shop")


MULTI_WORD_FORMS = sorted(
    {form for row in default_aliases() for form in (row.canonical, *row.forms) if " " in form}
)


@given(form=st.sampled_from(MULTI_WORD_FORMS), data=st.data())
def test_an_alias_written_with_one_letter_lost_or_doubled_is_the_alias(
    form: str, data: st.DataObject
) -> None:
    """``Citzens Advice`` is Citizens Advice (CAB): one letter lost or doubled in one long word
    of an alias of two words or more, never the first letter."""
    words = form.split()
    long_words = [k for k, w in enumerate(words) if len(w) >= MIN_TYPO_WORD and w.isalpha()]
    if not long_words:
        return
    k = data.draw(st.sampled_from(long_words))
    at = data.draw(st.integers(1, len(words[k]) - 1))
    doubled = data.draw(st.booleans())
    word = words[k]
    typo = word[:at] + word[at - 1 : at] + word[at:] if doubled else word[:at] + word[at + 1 :]
    typed = " ".join([*words[:k], typo, *words[k + 1 :]])
    assert name_tokens(f"{typed} Hillingdon") == name_tokens(f"{form} Hillingdon"), typed


def test_a_word_with_one_letter_changed_is_no_alias() -> None:
    """``Age Concert`` is not Age Concern: a changed letter makes another word too often."""
    assert "ageuk" not in name_tokens("Age Concert Harrow")
    assert "ageuk" in name_tokens("Age Conern Harrow")


@pytest.mark.parametrize(
    ("short", "long_", "paired"),
    [
        ("sing", "single", False),  # Singing / Singles: a whole word of the table
        ("deaf", "deafblind", False),  # two alternatives of one kind
        ("drop", "dropin", True),  # Drop-in / Dropin: one word written two ways
        ("deli", "delicatessen", True),  # an abbreviation
    ],
)
def test_a_whole_word_of_the_table_abbreviates_no_longer_word(
    short: str, long_: str, paired: bool
) -> None:
    assert starts_another(short, long_) is not paired
    assert (fuzzy_pairs({short}, {long_}) == [(short, long_)]) is paired


def test_an_age_with_a_plus_is_over_it_and_parts_from_under_it() -> None:
    """Every age: ``N+`` is ``Over Ns``, and an age from which parts from an age up to at the
    same number (``18+ Social Group`` / ``Under 18s Social Group``); a plus between words is
    still ``and``."""
    from index.dedup.contrasts import contrast

    for age in range(1, 100):
        plus = name_tokens(f"{age}+ Social Group")
        assert plus == name_tokens(f"Over {age}s Social Group"), age
        assert plus == name_tokens(f"Over {age} Social Group"), age
        under = name_tokens(f"Under {age}s Social Group")
        rest_a, rest_b = set(plus) - set(under), set(under) - set(plus)
        assert contrast(rest_a, rest_b, frozenset(plus), frozenset(under)) == (
            "age bound",
            "over",
            "under",
        ), age
    assert name_tokens("Arts + Crafts") == name_tokens("Arts and Crafts")
    assert name_tokens("LGBT+ Youth Group") == name_tokens("LGBT Youth Group")


@given(
    st.sampled_from(["20", "208", "1708", "300", "800", "7700"]),
    st.integers(10**5, 10**7 - 1),
    st.sampled_from(["{n}", "call {n}", "Tel: {n}", "({n})", "– {n}", "freephone {n}"]),
    st.sampled_from(["0{a} {b}", "0{a}{b}", "+44 {a} {b}", "+44 (0){a} {b}", "0{a}-{b}"]),
)
def test_a_phone_number_written_into_a_name_is_not_a_word_of_it(
    area: str, rest: int, wrapper: str, form: str
) -> None:
    """Every way a UK number is written into a name (``Carers Helpline 0800 808 7777``): its
    digits never read as numbers of the name. The number must be a whole UK number: ten or
    eleven digits from its 0."""
    local = str(rest)
    national = "0" + area + local
    number = form.format(a=area, b=local)
    name = f"Carers Helpline {wrapper.format(n=number)}"
    if 10 <= len(national) <= 11:
        assert name_tokens(name) == name_tokens("Carers Helpline"), name
    else:
        assert name_tokens(name) != name_tokens("Carers Helpline"), name


@given(
    st.sampled_from(["Thursday Lunch Club", "Tea Dance", "Over 60s Swim", "Chair Yoga"]),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["£{p}", "£{p}.{c:02d}", "£ {p}", "{c}p", "£{p},{c:02d}"]),
    st.sampled_from(["{x}", "- {x}", "({x})", "– {x} per session", ": {x} a week", "{x}/class"]),
)
def test_a_price_written_into_a_name_is_not_a_word_of_it(
    name: str, pounds: int, pence: int, price: str, wrapper: str
) -> None:
    """Every way a price is written after a name (``Thursday Lunch Club - £3``, ``Tea Dance
    50p``, ``(£2.50 per session)``): what it costs is no number of the name."""
    written = wrapper.format(x=price.format(p=pounds, c=pence))
    assert name_tokens(f"{name} {written}") == name_tokens(name), written
    assert name_tokens(f"{written} {name}".lstrip("-–:( ")) == name_tokens(name), written


def test_numbers_that_are_no_phone_stay_words_of_the_name() -> None:
    for name, numbers in (
        ("Samaritans (116 123)", ("116", "123")),
        ("Class of 2019 - 2020 2021 Reunion", ("2019", "2020", "2021")),
        ("Room 101 Youth Club", ("101",)),
        ("Over 60s Club 2024", ("60", "2024")),
        ("Club 3 (Pinner)", ("3",)),
        ("Stage 2 Maths", ("2",)),
    ):
        assert all(n in name_tokens(name) for n in numbers), name


def test_initials_beside_a_boroughs_name_spell_the_other_name_in_every_borough() -> None:
    """``Tower Hamlets HIA`` / ``Home Improvement Agency``: the one word a name has beside its
    borough's is the initials of the other's words, for every London borough."""
    from index.dedup.categories import default_categories
    from index.dedup.comparable import comparable_from_record
    from index.dedup.contrasts import _ALTERNATIVES
    from index.dedup.frequencies import Frequencies
    from index.dedup.name_score import compare_names, may_hold_below_floor
    from tests.dedup.records import listing

    expanded = comparable_from_record(listing("a", "1", "Home Improvement Agency"))
    # (Not the City of London: its words, city and London, name no borough of their own.)
    boroughs = [b for b, words in _ALTERNATIVES["borough"].items() if words]
    assert len(boroughs) == 32
    for borough in boroughs:
        short = comparable_from_record(listing("b", "2", f"{borough.title()} HIA"))
        assert may_hold_below_floor(short, expanded, lambda: "different"), borough
        freq = Frequencies.build([short, expanded])
        kind = default_categories().level(short.terms, expanded.terms)
        level = compare_names(short, expanded, freq, 30, 30, kind)[0]
        assert level == "core", (borough, level)


@given(
    st.lists(
        st.sampled_from(
            ["St", "Mary's", "Café", "Knit", "&", "Natter", "Women's", "Over", "60s", "Lunch"]
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["<br>", "<br/>", "</strong> <strong>", "&nbsp;", " <p>", "&#160;"]),
)
def test_html_a_feed_left_in_a_name_reads_as_its_text(words: list[str], between: str) -> None:
    """Every word escaped as HTML (``&#39;``, ``&amp;``, ``&eacute;``), or with a tag or a
    non-breaking space between words, gives the name's own tokens."""
    import html

    name = " ".join(words)
    assert name_tokens(html.escape(name)) == name_tokens(name), name
    numeric = "".join(f"&#{ord(ch)};" if ch in "'é&" else ch for ch in name)
    assert name_tokens(numeric) == name_tokens(name), numeric
    assert name_tokens(between.join(words)) == name_tokens(name), between


_SITES = (
    "Family Information Service",
    "Harrow Council",
    "London Borough of Brent",
    "Local Offer",
    "Community Directory",
    "CarePlace",
    "Hillingdon Marketplace",
    "Shop4Support",
    "NHS",
    "Connect to Support Hillingdon",
    "Ealing Family Hub",
)
"""What a directory's page title writes after the service's name."""


def test_what_a_directory_writes_round_every_name_is_not_the_name() -> None:
    """Every name of the sample world (every borough's, every platform's), with the site's
    name after a page title's bar, a content system's ``Copy of`` before it, or the listing's
    reference after it: the same name."""
    names = sample_service_names()
    assert len(names) > 1_000
    for i, name in enumerate(names):
        plain = name_tokens(name)
        site = _SITES[i % len(_SITES)]
        for bar in (" | ", " » "):
            assert name_tokens(f"{name}{bar}{site}") == plain, (name, bar, site)
        for copy in ("Copy of ", "Clone of ", "DUPLICATE OF "):
            assert name_tokens(copy + name) == plain, (name, copy)
        for ref in (" (Ref: 10452)", " [ID 4521]", " - Ref no. 88231", " (Record #12345)"):
            assert name_tokens(name + ref) == plain, (name, ref)


def test_a_bar_between_the_names_own_words_stays() -> None:
    assert name_tokens("Art | Music | Drama Workshops") == ("art", "music", "drama", "workshop")
    assert name_tokens("Duplicate Bridge Club")[0] == "duplicate"
    assert "101" in name_tokens("Room 101 Club")
    assert "id" in name_tokens("ID Cards Advice")


@given(st.integers(10_000, 999_999), st.sampled_from(["Shout {}", "Text {} for help", "{} Line"]))
def test_a_text_services_short_code_in_a_name_is_not_the_name(code: int, form: str) -> None:
    """Five or six digits standing alone (``Shout 85258``) are a text service's code, never
    which session; ages, times, years and room numbers are shorter and stay."""
    assert name_tokens(form.format(code)) == name_tokens(form.format("")), form.format(code)
    assert "2024" in name_tokens("Class of 2024") and "101" in name_tokens("Room 101 Club")


def test_a_phrase_read_as_one_word_is_no_longer_form_of_its_first_word() -> None:
    """``Supported Housing`` is one word of its own (``names.GENERAL_PHRASES``), not the long
    form of ``support`` (the abbreviation rule of ``fuzzy_pairs``): every phrase so read, beside
    each word of it. And a kind's keyword so read (``supported employment``) names a service
    of that kind, so it is no word the kind's listings share (``Categories.words``)."""
    from index.dedup.categories import default_categories
    from index.dedup.names import GENERAL_PHRASES, JOINED

    checked = 0
    for long, short in GENERAL_PHRASES:
        if " " in short:
            continue
        (joined,) = name_tokens(short)
        assert joined in JOINED
        for word in long.split():
            for token in name_tokens(word):
                if token != joined and len(token) >= 4:
                    assert fuzzy_pairs({joined}, {token}) == [], (long, token)
                    assert fuzzy_pairs({token}, {joined}) == [], (long, token)
                    checked += 1
    assert checked > 20
    categories = default_categories()
    employment = categories.words(("employment-support",))
    assert "supportedemployment" not in employment and "employment" in employment


@given(st.integers(1, 400), st.integers(1, 400), st.integers(1, 400))
def test_two_units_of_one_building_are_two_doors_and_one_left_out_is_none(
    unit_x: int, unit_y: int, house: int
) -> None:
    """``Flat 1, 5 Church Street`` / ``Flat 2, 5 Church Street``: one building, two doors;
    ``Flat 2, 5 Church Street`` / ``5 Church St``: the unit left out. Every unit word."""
    from index.dedup.addresses import UNIT_WORDS
    from index.dedup.place_score import conflict

    def numbers(address: str) -> tuple[str, ...]:
        return tuple(sorted(house_numbers(address_tokens(address))))

    for word in sorted(UNIT_WORDS):
        x = numbers(f"{word.title()} {unit_x}, {house} Church Street")
        y = numbers(f"{word.title()} {unit_y}, {house} Church St")
        plain = numbers(f"{house} Church St")
        assert conflict(x, y) is (unit_x != unit_y), (word, x, y)
        assert not conflict(x, plain) and not conflict(plain, y), (word, x, plain)
        other_building = numbers(f"{word.title()} {unit_x}, {house + 1} Church Street")
        assert conflict(x, other_building), (word, x, other_building)  # the same unit elsewhere


def test_a_house_number_with_any_letter_is_no_unit() -> None:
    """``12u`` is a house number with a letter (as ``12a``), not a unit's mark: the same
    number on both sides never conflicts, whatever its letter."""
    from string import ascii_lowercase

    from index.dedup.place_score import conflict

    for letter in ascii_lowercase:
        number = tuple(sorted(house_numbers(address_tokens(f"12{letter} Church Street"))))
        assert number == (f"12{letter}",), letter
        assert not conflict(number, number), letter
        assert conflict(number, ("14",)), letter
