"""Words that part two names: ``ESOL Beginners`` / ``ESOL Improvers``, ``Men's Group`` /
``Women's Group``, ``Stay and Play (0-2 years)`` / ``(2-5 years)``.

A community centre runs the same activity for different people, at different levels, on
different days. Its listings share the building, the switchboard and most of the name, and when
no other listing in the harvest carries that switchboard nothing discounts it: the names differ
by one word, and that word is the whole difference. A careful curator reads it as two services
whenever the two words are alternatives of one kind — two sexes, two levels, two days, two
numbers, two languages or communities (``English Conversation Club`` / ``Spanish …``,
``Somali Women's Group`` / ``Bengali …``), two fellowships (``AA`` / ``NA Meeting``), two
activities (``Junior Tennis Club`` / ``Junior Badminton Club``: the taxonomy files both under
*Exercise*, so its words alone would call each name "only the kind of service"), two
conditions (``Stroke Club`` / ``Heart Club``; ``Memory Café`` is a dementia café), two formats
(``Carers Helpline`` / ``Carers Drop-in``), two points of the compass (``Newham Foodbank – East
Ham`` / ``– West Ham``, ``North London Cares`` / ``South London Cares``: two places), two
boroughs (``Stroke Association Harrow`` / ``… Brent``), two seasons (``Spring Term Pottery`` /
``Autumn Term …``), two wards (``Roxeth Ward Councillor Surgery`` / ``Greenhill Ward …``:
``NAMED_BEFORE``), two clock times (``Stay and Play 10am`` / ``… 2pm``: ``times.py``) — and as
one service when only one name says it (``Women's Group`` / ``Women's Group – Tuesdays``: one
listing adds a detail the other leaves out).

Some exceptions are one-sided (``ONE_SIDED``): a name for the young (``Harrow Young Carers``,
``Youth Counselling``) beside the same name with no age group at all (``Harrow Carers``) is a
service of its own — young carers' and young people's services are commissioned and run apart
from the adults' — while ``Older People's Lunch Club`` beside ``Lunch Club`` only says who
comes; and an online service (``Carers Café Online``) beside the same name with no format at
all (``Carers Café``) is the other's online twin, run apart from the one people walk into;
and a service in or after pregnancy (``Stop Smoking in Pregnancy``, ``Postnatal Yoga``) beside
the same name for anyone is a specialist service of its own (a midwife's, not the clinic's);
so are counselling or therapy in a group (``Group Counselling`` beside ``Counselling``) and an
intensive service (``Intensive Family Support``, a targeted one, beside ``Family Support``),
and a listing for a service's volunteers (``Library Volunteers`` beside ``Library``). So is a
session for women or men alone (``Ladies Swimming Session``, ``Winter Night Shelter (Women)``)
beside the same name that names no one: who may come is the session's own rule, not a
detail (an organisation named for women, ``Women's Aid``, is read as the organisation:
``aliases.csv``). And a café (``Stroke Association Café``) beside the group or the charity it
is named for (``Sidcup Stroke Group``, a name that says a condition) is a drop-in session of
its own.

The table is words as ``names.name_tokens`` gives them (folded, stemmed); the comparison
takes only the words the two names do not share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.dedup.text import NUMBER_WORDS, number_word_forms, stem
from index.dedup.times import TIME_TOKEN
from index.geo import LONDON_BOROUGHS

_NOT_BOROUGH_WORDS = frozenset({"and", "of", "upon", "thames", "city", "london", "tower", "forest"})
"""Words of boroughs' names that name no borough alone (``Forest School``, ``Tower Block``)."""

_ALTERNATIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "sex": {
        "men": ("men", "man", "male", "males", "boy", "boys", "gent", "gents", "gentlemen",
                "father", "fathers", "dad", "dads", "brother", "brothers"),
        "women": ("women", "woman", "female", "females", "girl", "girls", "lady", "ladies",
                  "mother", "mothers", "mum", "mums", "mom", "moms", "sister", "sisters"),
    },
    "age group": {
        "baby": ("baby", "babies"),
        "toddler": ("toddler", "toddlers"),
        "child": ("child", "children", "childrens", "kid", "kids"),
        "young": ("young", "youth", "teen", "teens", "teenager", "teenagers", "adolescent",
                  "adolescents"),
        "young adult": ("youngadult",),
        "adult": ("adult", "adults"),
        "older": (
            "older", "elderly", "elder", "elders", "senior", "seniors", "pensioner", "pensioners"
        ),
    },
    "school stage": {
        "nursery": ("nursery",),
        "infant": ("infant", "infants"),
        "primary": ("primary",),
        "junior": ("junior", "juniors"),
        "secondary": ("secondary",),
    },
    "key stage": {f"ks{n}": (f"ks{n}",) for n in range(1, 6)},
    "level": {
        "beginner": ("beginner", "beginners", "novice", "novices", "starter", "starters"),
        "elementary": ("elementary",),
        "improver": ("improver", "improvers"),
        "intermediate": ("intermediate",),
        "advanced": ("advanced",),
    },
    "day": {
        day: (day, day + "s")
        for day in (
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
        )
    },
    "language or community": {
        word: (word,)
        for word in (
            "english", "french", "spanish", "german", "italian", "portuguese", "polish",
            "romanian", "russian", "ukrainian", "lithuanian", "bulgarian", "albanian", "greek",
            "arabic", "urdu", "hindi", "punjabi", "gujarati", "tamil", "somali",
            "turkish", "kurdish", "afghan", "tigrinya", "eritrean",
            "amharic", "ethiopian", "sudanese", "yoruba", "nigerian", "ghanaian", "congolese",
            "swahili", "mandarin", "cantonese", "chinese", "japanese", "korean", "vietnamese",
            "caribbean", "irish", "jewish", "muslim", "sikh", "hindu",
            "bsl", "makaton",
        )
    }
    | {
        # One language and the community that speaks it, named either way by London's groups.
        "bengali": ("bengali", "bangla", "bangladeshi"),
        "farsi": ("farsi", "persian"),
        "filipino": ("filipino", "tagalog"),
    },
    "fellowship": {
        "alcohol": ("aa", "alcoholic", "alcoholics"),
        "narcotics": ("na", "narcotic", "narcotics"),
        "gambling": ("ga", "gambler", "gamblers"),
        "overeating": ("oa", "overeater", "overeaters"),
    },
    "activity": {
        "tennis": ("tennis",),
        "badminton": ("badminton",),
        "squash": ("squash",),
        "football": ("football", "soccer", "futsal"),
        "netball": ("netball",),
        "basketball": ("basketball",),
        "volleyball": ("volleyball",),
        "cricket": ("cricket",),
        "rugby": ("rugby",),
        "hockey": ("hockey",),
        "golf": ("golf",),
        "bowls": ("bowls", "bowling"),
        "boccia": ("boccia",),
        "swimming": ("swimming", "swim", "swimmers", "aquafit", "aqua"),
        "hydrotherapy": ("hydrotherapy", "hydro"),
        "yoga": ("yoga",),
        "pilates": ("pilates",),
        "zumba": ("zumba",),
        "boxing": ("boxing",),
        "dance": ("dance", "dancing", "ballet"),
        "karate": ("karate",),
        "judo": ("judo",),
        "climbing": ("climbing",),
        "cycling": ("cycling", "cycle", "bike", "bikes", "biking"),
        "running": ("running", "jogging"),
        "gymnastics": ("gymnastics",),
        "athletics": ("athletics",),
        "archery": ("archery",),
        "snooker": ("snooker",),
        "darts": ("darts",),
        "chess": ("chess",),
        "bingo": ("bingo",),
        "knitting": ("knitting", "knit", "crochet"),
        "sewing": ("sewing",),
        "pottery": ("pottery", "ceramics"),
        "gardening": ("gardening",),
        "cooking": ("cooking", "cookery", "baking"),
        "singing": ("singing", "choir"),
        "drama": ("drama", "theatre"),
        "photography": ("photography",),
        # A library's sessions for the under-fives, each listed on its own.
        "rhymes": ("rhyme", "rhymes", "rhymetime"),
        "stories": ("story", "stories", "storytime", "storytelling"),
    },
    "condition": {
        "stroke": ("stroke",),
        "heart": ("heart", "cardiac"),
        "diabetes": ("diabetes", "diabetic"),
        "asthma": ("asthma",),
        "lung": ("copd", "lung", "lungs", "respiratory"),
        "kidney": ("kidney", "renal", "dialysis"),
        "arthritis": ("arthritis",),
        "cancer": ("cancer",),
        "parkinsons": ("parkinsons", "parkinson"),
        "epilepsy": ("epilepsy",),
        "dementia": ("dementia", "alzheimers", "alzheimer", "memory"),
        "autism": ("autism", "autistic", "asperger", "aspergers"),
        "adhd": ("adhd",),
        "dyslexia": ("dyslexia",),
        "hiv": ("hiv",),
        "stammering": ("stammer", "stammering", "stutter", "stuttering"),
        "sight": ("sight", "blind", "visual", "visually"),
        "hearing": ("deaf", "deafness", "hearing"),
        "deafblind": ("deafblind", "deafblindness"),
        # Conditions written as their initials (``aliases.csv`` reads the names as these).
        "multiple sclerosis": ("ms",),
        "motor neurone disease": ("mnd",),
        "brain injury": ("abi",),
        "ptsd": ("ptsd",),
        "ocd": ("ocd",),
        "sickle cell": ("sickle",),
        "depression": ("depression",),
        "anxiety": ("anxiety",),
        "bipolar": ("bipolar",),
        "psychosis": ("psychosis", "schizophrenia"),
        "alcohol": ("alcohol",),
        "drugs": ("drug", "drugs"),
        "gambling": ("gambling",),
    },
    "format": {
        "helpline": ("helpline", "helplines", "phoneline"),
        "drop-in": ("drop", "dropin"),
        "online": ("online", "virtual"),
        "webchat": ("webchat",),
        "outreach": ("outreach",),
        "residential": ("residential",),
        # Counselling or therapy in a group, beside one-to-one (``names.GENERAL_PHRASES``
        # reads ``Group Counselling`` so: ``group`` alone is a stop word).
        "group": ("groupwork",),
        "one-to-one": ("individual", "onetoone"),
    },
    "intensity": {
        "intensive": ("intensive",),
    },
    # A café (``Stroke Café``, ``Parkinson's UK Café``): a drop-in session of its own beside
    # the group, the support or the charity it is named for (``Sidcup Stroke Group``).
    "cafe": {
        "cafe": ("cafe", "cafes"),
    },
    # A session made for deaf or neurodivergent people (``Subtitled Film Club``, ``Relaxed
    # Performance``) beside the same session for anyone.
    "access": {
        "subtitled": ("subtitled", "subtitles", "captioned", "captions"),
        "signed": ("signed",),
        "relaxed": ("relaxed",),
    },
    # Widows and widowers: the bereaved of one sex, not the sex said another way (a widows'
    # group is no women's group, ``SAID_TWO_WAYS``), so a kind of their own.
    "widowhood": {
        "widow": ("widow", "widows"),
        "widower": ("widower", "widowers"),
    },
    "who it is for": {
        "volunteers": ("volunteerrole",),
        # Services for refugees, for veterans and for LGBT+ people are commissioned and run
        # apart from the general one of the same name (``Job Club for Refugees``).
        "refugees": ("refugee", "refugees", "asylum"),
        "veterans": ("veteran", "veterans"),
        "lgbt": ("lgbt", "lgbtq", "lgbtqi", "lgbtqia", "lgbtiq", "lgb"),
        # A group for the parents of the people a charity serves (``Autism Parent Support
        # Group`` beside ``Autism Support Group``); beside a name for the young, parents only
        # come with their children (``Parent and Toddler Group`` / ``Toddler Group``).
        "parents": ("parent", "parents", "parenting"),
    },
    # A course after the first (``First Steps into Work`` / ``Next Steps into Work``): read
    # beside the numbers (``first`` is the number 1), so the two are two numbers.
    "number": {
        "next": ("next",),
    },
    "direction": {
        "north": ("north", "northern"),
        "south": ("south", "southern"),
        "east": ("east", "eastern"),
        "west": ("west", "western"),
        "central": ("central",),
    },
    "borough": {
        borough.lower(): tuple(w for w in borough.lower().split() if w not in _NOT_BOROUGH_WORDS)
        for borough in LONDON_BOROUGHS
    },
    "how often": {
        "daily": ("daily",),
        "weekly": ("weekly",),
        "fortnightly": ("fortnightly", "biweekly"),
        "monthly": ("monthly",),
        "quarterly": ("quarterly",),
    },
    "season": {
        "spring": ("spring",),
        "summer": ("summer",),
        "autumn": ("autumn",),
        "winter": ("winter",),
        "easter": ("easter",),
        "christmas": ("christmas", "xmas"),
    },
    "pregnancy": {
        "antenatal": ("antenatal", "prenatal", "pregnancy", "pregnant", "expectant"),
        "postnatal": ("postnatal", "postpartum"),
    },
    "time of day": {
        "morning": ("morning", "mornings"),
        "afternoon": ("afternoon", "afternoons"),
        "evening": ("evening", "evenings"),
        "night": ("night", "nights", "overnight"),
    },
}  # fmt: skip
"""Kinds of alternative → each alternative → its words (as written; stemmed below)."""

WORDS: dict[str, tuple[str, str]] = {
    stem(word): (kind, alternative)
    for kind, alternatives in _ALTERNATIVES.items()
    for alternative, words in alternatives.items()
    for word in words
}
"""Stemmed word → (kind of alternative, alternative)."""

_BOROUGH_NAMES: dict[str, frozenset[str]] = {
    stem(word): frozenset(stem(w) for w in borough.lower().split())
    for borough, words in _ALTERNATIVES["borough"].items()
    for word in words
}
"""A word that names a London borough (stemmed) → every word of that borough's name."""


_BOROUGH_HALVES: dict[str, str] = {
    stem(x): stem(y)
    for words in _ALTERNATIVES["borough"].values()
    if len(words) == 2
    for x, y in (words, words[::-1])
}
"""Each word of a borough named after two places (Barking and Dagenham, Hammersmith and
Fulham, Kensington and Chelsea) → the other."""


def borough_halves(ta: frozenset[str], tb: frozenset[str]) -> tuple[str, str] | None:
    """The two places of one two-place borough that two names each name alone (``Chelsea
    Lunch Club`` / ``North Kensington Lunch Club``; ``Barking`` / ``Dagenham``): two places,
    as two neighbourhoods are. A name with both words names the borough, which either place
    is in (``Barking and Dagenham Carers Hub`` / ``Dagenham Carers Hub``)."""
    if _BOROUGH_HALVES.keys().isdisjoint(ta) or _BOROUGH_HALVES.keys().isdisjoint(tb):
        return None  # the common case
    for x in ta:
        y = _BOROUGH_HALVES.get(x)
        if y is not None and y in tb and y not in ta and x not in tb:
            return x, y
    return None


def borough_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``tokens`` that name London boroughs (``Waltham Forest``: both words,
    as ``Waltham`` names it): in a service name they say where, like the listing's own place
    words (``comparable.py``)."""
    if _BOROUGH_NAMES.keys().isdisjoint(tokens):
        return ()  # the common case
    named: set[str] = set()
    for token in tokens:
        found = _BOROUGH_NAMES.get(token)
        if found is not None:
            named |= found
    return tuple(t for t in tokens if t in named)


YOUNG: frozenset[str] = frozenset({"child", "young", "young adult"})
"""Age groups whose service stands apart even beside a name that names no age group."""
ONE_SIDED: dict[str, frozenset[str]] = {
    "age group": YOUNG,
    "sex": frozenset({"men", "women"}),
    "format": frozenset({"online", "group"}),
    "intensity": frozenset({"intensive"}),
    "cafe": frozenset({"cafe"}),
    "access": frozenset({"subtitled", "signed", "relaxed"}),
    "who it is for": frozenset({"volunteers", "refugees", "veterans", "lgbt", "parents"}),
    "pregnancy": frozenset({"antenatal", "postnatal"}),
}
"""Alternatives that part two names even when only one name says one of that kind (the
module docstring)."""

NUMBERS: dict[str, int] = {
    stem(form): n for word, n in NUMBER_WORDS.items() for form in number_word_forms(word)
}
"""Number words → their value, so that ``Over Fifties`` and ``Over 50s`` agree."""

_MARKED = frozenset(WORDS) | frozenset(NUMBERS)
"""Every word that can take part in a contrast, but numbers in digits."""
_DIGITS = re.compile(r"(\d+)(?:s|st|nd|rd|th)?")


def _number(token: str) -> int | None:
    if token[0].isdigit():
        found = _DIGITS.fullmatch(token)
        return int(found.group(1)) if found else None
    return NUMBERS.get(token)


def _unmarked(tokens: set[str]) -> bool:
    return _MARKED.isdisjoint(tokens) and not any(t[0].isdigit() for t in tokens)


_YEAR = re.compile(r"(?:19|20)\d\d")


_TAGLINE_KINDS = frozenset({"borough", "direction"})
"""Kinds of word a charity's tagline uses to say where and whom it serves."""


def says_which(tokens: set[str]) -> bool:
    """Whether any of the words is one that can part two names (a day, an age, a level, a
    number…): text that holds one is not a detail to drop (``names._as_named``). Places and
    years are not counted: a tagline says where it serves and since when (``supporting unpaid
    carers across Brent since 1995``)."""
    for token in tokens:
        entry = WORDS.get(token)
        if entry is not None:
            if entry[0] not in _TAGLINE_KINDS:
                return True
        elif token[0].isdigit() and not _YEAR.fullmatch(token):
            return True
    return False


def alternatives(x: str, y: str) -> bool:
    """Whether two words are two alternatives of one kind (``deaf`` / ``deafblind``; not
    ``monday`` / ``mondays``, one alternative): a typo or an abbreviation read into a word
    must never make one alternative the other (``name_score.fuzzy_pairs``)."""
    found_x, found_y = WORDS.get(x), WORDS.get(y)
    return (
        found_x is not None
        and found_y is not None
        and found_x[0] == found_y[0]
        and found_x[1] != found_y[1]
    )


SAID_TWO_WAYS: frozenset[str] = frozenset({"age group", "sex", "language or community"})
"""Kinds whose two words of one alternative are one word said two ways (``same_alternative_
pairs``): who comes. Not conditions or activities: ``Dementia Café`` reads as ``Memory Café``,
and reading memory as dementia beside ``Dementia Carers Café`` left only ``carers`` to tell the
two cafés apart, which was not enough."""


def same_alternative_pairs(rest_a: set[str], rest_b: set[str]) -> list[tuple[str, str]]:
    """Words left unmatched on both sides that are two words of one alternative of a kind in
    ``SAID_TWO_WAYS`` (``Elders`` / ``Seniors``, ``Women's`` / ``Mothers``, ``Bengali`` /
    ``Bangladeshi``): one word of the name said two ways, which ``name_score`` counts as
    shared."""
    found = [(t, WORDS[t]) for t in rest_b if WORDS.get(t, ("",))[0] in SAID_TWO_WAYS]
    if not found:
        return []
    pairs: list[tuple[str, str]] = []
    for x in sorted(rest_a):
        entry = WORDS.get(x)
        if entry is None or entry[0] not in SAID_TWO_WAYS:
            continue
        for n, (y, other) in enumerate(found):
            if other == entry:
                pairs.append((x, y))
                del found[n]
                break
    return pairs


def starts_another(short: str, long_: str) -> bool:
    """Whether ``short``, a word of the table, begins ``long_``, which is no form of it: a
    whole word that abbreviates nothing (``sing``, Singing, begins ``single``, Singles; ``deaf``
    begins ``deafblind``), where ``drop`` / ``dropin`` are one word written two ways."""
    found = WORDS.get(short)
    return found is not None and WORDS.get(long_) != found


_CLASSES: dict[str, tuple[str, str] | None] = {}
"""A name word → what ``_class_of`` makes of it (the vocabulary is bounded: each word once)."""
MAX_CLASSES = 1_000_000


def _class_of(token: str) -> tuple[str, str] | None:
    """(kind, alternative) of a word that can part two names: a word of the table, a clock
    time (``time``) or a number (``number``, its value); None for any other word."""
    try:
        return _CLASSES[token]
    except KeyError:
        pass
    entry = WORDS.get(token)
    if entry is None:
        if TIME_TOKEN.fullmatch(token):
            entry = ("time", token)
        else:
            number = _number(token)
            entry = None if number is None else ("number", str(number))
    if len(_CLASSES) < MAX_CLASSES:
        _CLASSES[token] = entry
    return entry


WHEN_KINDS: frozenset[str] = frozenset({"day", "how often", "time of day", "season", "time"})
"""Kinds of word that say when a session runs, not what it is (``Chess Club (weekly)``)."""
GROWN_UPS: frozenset[str] = frozenset({"adult", "older"})
"""Age groups that say who comes, not which service (``Older People's Lunch Club`` /
``Lunch Club``; ``Day Centre for Adults with Learning Disabilities`` / ``Learning Disability
Day Service``): the audience most services have unless a name says otherwise."""
_GROWN_UP_CLASSES = frozenset(("age group", alternative) for alternative in GROWN_UPS)

AUDIENCE_KINDS: frozenset[str] = frozenset({"age group", "school stage"})
"""Kinds of word that say for whom by age (``Junior``, ``Kids``, ``Older``)."""
WHO_KINDS: frozenset[str] = AUDIENCE_KINDS | {"sex"}
"""Kinds of word that say who comes (``Men's``, ``Older``, ``Junior``)."""


def only_says_who(tokens: Iterable[str]) -> bool:
    """Whether every word says who comes, by sex or age in words (``Men's``, ``Older``)."""
    return all((found := _class_of(t)) is not None and found[0] in WHO_KINDS for t in tokens)


_YOUNG_AUDIENCES = frozenset(
    [("age group", a) for a in ("baby", "toddler", "child", "young", "young adult")]
    + [("school stage", s) for s in ("infant", "junior")]
)
"""Who a session is for when it is children or young people. Not grown-ups (``GROWN_UPS``),
whom a service is for unless its name says otherwise, nor ``primary``, ``secondary`` and
``nursery``, which say other things as often (primary care, a plant nursery)."""


def young_audience(tokens: set[str]) -> set[str]:
    """Words that say a session is for children or young people (``Junior Chess Club``,
    ``Kids Yoga``, ``Teen Book Club``, ``Toddler Swim``)."""
    return {t for t in tokens if _class_of(t) in _YOUNG_AUDIENCES}


def names_an_age_group(tokens: frozenset[str]) -> bool:
    """Whether a name says who comes by age, in words or in numbers (``_says_an_age``)."""
    return _says_an_age(tokens) or any(
        (found := _class_of(t)) is not None and found[0] in AUDIENCE_KINDS for t in tokens
    )


AGE_WORDS: frozenset[str] = frozenset(
    stem(w) for w in ("age", "aged", "ages", "year", "years", "month", "months", "old")
)
"""Words that come with an age range (``aged 40-74 years``)."""
MAX_AGE = 120


Marked = list[tuple[str, tuple[str, str]]]
"""The words of a name that can part it from another, each with its ``_class_of``."""


def _marked(tokens: set[str]) -> Marked:
    return [(t, found) for t in tokens if (found := _class_of(t)) is not None]


def _found(marked: Marked) -> dict[str, set[str]]:
    """Kind → the alternatives the words say."""
    found: dict[str, set[str]] = {}
    for _token, (kind, alternative) in marked:
        found.setdefault(kind, set()).add(alternative)
    return found


def _grown_ups(marked: Marked, other: dict[str, set[str]]) -> set[str]:
    """Words for grown-ups (``GROWN_UPS``) beside a name that names no age group."""
    if "age group" in other:
        return set()
    return {t for t, found in marked if found in _GROWN_UP_CLASSES}


def _age_range(tokens: set[str], marked: Marked) -> set[str]:
    """The two numbers of an age range (``Health Checks (40-74)``) and the words that say so,
    when they are the only numbers."""
    numbers = [t for t in tokens if t[0].isdigit()]
    if len(numbers) != 2:
        return set()
    values = [int(found[1]) for t, found in marked if found[0] == "number" and t[0].isdigit()]
    if len(values) != 2 or values[0] == values[1] or max(values) > MAX_AGE:
        return set()
    return set(numbers) | (tokens & AGE_WORDS)


def _says_an_age(tokens: frozenset[str] | set[str]) -> bool:
    """Whether a name gives ages in numbers (``Swimming Lessons (Ages 4-11)``, ``Under 11s``,
    read as ``0 11``): it names who comes as surely as ``Children's`` does."""
    return not AGE_WORDS.isdisjoint(tokens) or "0" in tokens


def _when_words(marked: Marked) -> set[str]:
    """The words that say when: a day, how often, a time of day, a season, a clock time."""
    return {t for t, (kind, _alternative) in marked if kind in WHEN_KINDS}


def _details(
    rest_a: set[str],
    rest_b: set[str],
    marked: tuple[Marked, Marked],
    found: tuple[dict[str, set[str]], dict[str, set[str]]],
) -> set[str]:
    marked_a, marked_b = marked
    said = _when_words(marked_a + marked_b)
    said |= _grown_ups(marked_a, found[1]) | _grown_ups(marked_b, found[0])
    if not any(t[0].isdigit() for t in rest_b):
        said |= _age_range(rest_a, marked_a)
    if not any(t[0].isdigit() for t in rest_a):
        said |= _age_range(rest_b, marked_b)
    # A young age group beside ages in numbers (``Junior Chess Club`` / ``Chess Club (Ages
    # 4-11)``): both say who comes, one in words, one in numbers.
    if _says_an_age(rest_b):
        said |= {t for t, found in marked_a if found in _YOUNG_AUDIENCES}
    if _says_an_age(rest_a):
        said |= {t for t, found in marked_b if found in _YOUNG_AUDIENCES}
    return said


def shared_details(
    common: frozenset[str], all_a: frozenset[str] = frozenset(), all_b: frozenset[str] = frozenset()
) -> set[str]:
    """Words both names give that only say when (a day, how often, a time of day, a season, a
    clock time) or for what ages (one age range, and then the words either name says it with,
    ``all_*`` being each name's words): ``Lego Club (ages 5-11)`` / ``Coding Club (ages 5-11)``
    share them and are two clubs, so ``name_score`` counts them as little as a place word, like
    the details only one name gives (``Saturday Youth Club (11-16)`` / ``Youth Club –
    Saturdays, ages 11 to 16`` stay one)."""
    if _unmarked(common):
        return set()
    marked = _marked(set(common))
    said = _when_words(marked)
    ages = _age_range(set(common), marked)
    return said | ages | (all_a & AGE_WORDS) | (all_b & AGE_WORDS) if ages else said


def details(rest_a: set[str], rest_b: set[str]) -> set[str]:
    """Words that only one name gives and that say only when (a day, how often, a time of day,
    a season, a clock time) or for whom (adults or older people, beside a name that names no
    age group; an age range, beside a name with no number): once ``contrast`` finds nothing in
    the other name to contradict them, details of one service (``Pregnancy Yoga – Tuesdays``,
    ``Health Checks (40-74)``), which ``name_score`` counts as little as a place word."""
    if _unmarked(rest_a) and _unmarked(rest_b):
        return set()  # the common case: no word of the table, no number
    marked = _marked(rest_a), _marked(rest_b)
    return _details(rest_a, rest_b, marked, (_found(marked[0]), _found(marked[1])))


NAMED_BEFORE: tuple[str, ...] = ("ward",)
"""Words whose word before them says which one: ``Roxeth Ward`` / ``Greenhill Ward`` (two
wards' councillor surgeries at one library), ``Maternity Ward`` / ``Children's Ward``."""


def _named_before(marker: str, order: tuple[str, ...], rest: set[str]) -> set[str]:
    return {order[i - 1] for i in range(1, len(order)) if order[i] == marker} & rest


def contrast(
    rest_a: set[str],
    rest_b: set[str],
    all_a: frozenset[str],
    all_b: frozenset[str],
    order_a: tuple[str, ...] = (),
    order_b: tuple[str, ...] = (),
) -> tuple[str, str, str] | None:
    """(kind, A's word, B's word) when the words only one name has part the two (module
    docstring), else None. ``rest_*`` are the words the other name lacks, ``all_*`` each
    name's whole set of words, ``order_*`` its words in order (for ``NAMED_BEFORE``)."""
    return contrast_and_details(rest_a, rest_b, all_a, all_b, order_a, order_b)[0]


def _over_and_under(rest_a: set[str], rest_b: set[str]) -> tuple[str, str, str] | None:
    """``Over 18s`` (or ``18+``) / ``Under 18s`` (read as ``0 18``, ``names._from_nothing``):
    an age from which against an age up to, at one number."""
    if "over" in rest_a and "0" in rest_b:
        return "age bound", "over", "under"
    if "0" in rest_a and "over" in rest_b:
        return "age bound", "under", "over"
    return None


DIAGNOSIS_WORDS: frozenset[str] = frozenset(
    stem(w)
    for w in ("diagnosis", "diagnoses", "diagnostic", "diagnostics", "assessment", "assessments")
)
"""Words for finding out what a person has or needs."""
SUPPORT_WORDS: frozenset[str] = frozenset({"support", "postdiagnostic"})
"""Words for living with it (``Post-diagnostic`` is one word: ``names.GENERAL_PHRASES``)."""


def _diagnosis_and_support(rest_a: set[str], rest_b: set[str]) -> tuple[str, str, str] | None:
    """Finding out against living with it, each said by one name alone: a diagnostic or
    assessment service and the support after it are two teams (``Adult Autism Diagnostic
    Service`` / ``Adult Autism Support Service``, ``Carers Assessment`` / ``Carers Support``).
    Not in the table: ``support`` is in too many taglines (``supporting carers since 1995``)
    to say which service wherever it stands (``says_which``)."""
    if not SUPPORT_WORDS.isdisjoint(rest_b) and not DIAGNOSIS_WORDS.isdisjoint(rest_a):
        return "stage of care", "diagnosis", "support"
    if not SUPPORT_WORDS.isdisjoint(rest_a) and not DIAGNOSIS_WORDS.isdisjoint(rest_b):
        return "stage of care", "support", "diagnosis"
    return None


OCCASIONS: frozenset[str] = frozenset({"christmas", "easter"})
"""Seasons that are one day or one week of the year: a session named for one is held then,
not every week."""
RECURRING_KINDS: tuple[str, ...] = ("day", "how often")
"""Kinds of word that say a session comes round every week or month."""


def _occasion_and_week(
    found_a: dict[str, set[str]], found_b: dict[str, set[str]]
) -> tuple[str, str, str] | None:
    """An occasion of the year against a day of the week or how often, each said by one name
    alone (``Christmas Day Lunch`` / ``Sunday Lunch Club``): the one-off and the weekly
    session, two kinds of when that cannot both be true of one session. ``Christmas Lunch``
    beside ``Christmas Lunch (Sunday 20th)`` shares its occasion, and is not parted."""
    for mine, theirs, flip in ((found_a, found_b, False), (found_b, found_a, True)):
        occasion = mine.get("season", set()) & OCCASIONS
        if not occasion or "season" in theirs:
            continue
        recurring = set().union(*(theirs.get(kind, set()) for kind in RECURRING_KINDS))
        if recurring and not any(kind in mine for kind in RECURRING_KINDS):
            words = min(occasion), min(recurring)
            return ("when", *(words[::-1] if flip else words))
    return None


def _names_a_condition(tokens: Iterable[str]) -> bool:
    """Whether a name says a condition in its own words (``Sidcup Stroke Group``; its
    listing's filing is not asked): a café beside it is the condition's drop-in, not the
    group; beside a name that says none (``Lulu`` / ``Lulu Restaurant-Bis-Cafe``) the café is
    a word for the place itself."""
    return any(WORDS.get(t, ("",))[0] == "condition" for t in tokens)


def contrast_and_details(
    rest_a: set[str],
    rest_b: set[str],
    all_a: frozenset[str],
    all_b: frozenset[str],
    order_a: tuple[str, ...] = (),
    order_b: tuple[str, ...] = (),
) -> tuple[tuple[str, str, str] | None, set[str]]:
    """``contrast``, and when nothing parts the names their ``details``, from one reading of
    their words (the name comparator asks both of most pairs)."""
    for marker in NAMED_BEFORE:
        if marker in all_a and marker in all_b:
            named_a = _named_before(marker, order_a, rest_a)
            named_b = _named_before(marker, order_b, rest_b)
            if named_a and named_b:
                return (marker, min(named_a), min(named_b)), set()
    stage = _diagnosis_and_support(rest_a, rest_b)
    if stage is not None:
        return stage, set()
    if _unmarked(rest_a) and _unmarked(rest_b):
        return None, set()  # the common case: no word of the table, no number
    bounds = _over_and_under(rest_a, rest_b)
    if bounds is not None:
        return bounds, set()
    marked = _marked(rest_a), _marked(rest_b)
    found_a, found_b = _found(marked[0]), _found(marked[1])
    for kind, alternatives_a in found_a.items():
        alternatives_b = found_b.get(kind)
        if alternatives_b and not alternatives_a & alternatives_b:
            return (kind, min(alternatives_a), min(alternatives_b)), set()
    occasion = _occasion_and_week(found_a, found_b)
    if occasion is not None:
        return occasion, set()
    sides = ((found_a, all_b, order_b, False), (found_b, all_a, order_a, True))
    for mine, theirs, their_name, others in sides:
        for kind, parting in ONE_SIDED.items():
            said = mine.get(kind, set()) & parting
            # A format the other listing says is one its name says: its filing's words
            # (``drop-in`` is a keyword of social groups) say what it is, not how it runs.
            saying = their_name if kind == "format" and their_name else theirs
            if (
                said
                and not any(WORDS.get(t, ("",))[0] == kind for t in saying)
                and not (kind == "age group" and _says_an_age(theirs))
                and not (kind == "cafe" and not _names_a_condition(their_name or theirs))
                and not (said == {"parents"} and young_audience(set(theirs)))
            ):
                word = min(said)
                return ((kind, "none", word) if others else (kind, word, "none")), set()
    return None, _details(rest_a, rest_b, marked, (found_a, found_b))
