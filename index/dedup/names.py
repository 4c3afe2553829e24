"""Name tokens for matching: services, organisations, and the words that only say who or where.

Two directories name one service differently in a few specific ways, and each is a reviewed
table here or in ``index/vocab``:

* **acronyms and aliases** of organisations and programmes (``CAB`` = ``Citizens Advice``,
  ``AUK`` = ``Age UK``, ``RDA`` = ``Riding for the Disabled Association``): every form in
  ``index/vocab/aliases.csv`` is read as its canonical name — the same file search uses for
  synonyms, so the two never disagree;
* general **abbreviations** (``St``, ``Assoc``, ``Ctr``, US spellings): ``NAME_ABBREVIATIONS``;
* **stop words** whose presence never tells two services apart (``the``, ``ltd``, ``group``);
* **wrapper words** that say what kind of thing a service is rather than which one
  (``programme``, ``service``, ``centre``, ``club``): kept, but the name comparator counts them
  little, like the record's own organisation and place words (``place_tokens``).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from rapidfuzz.distance import Indel

from index.dedup.contrasts import says_which
from index.dedup.text import (
    NUMBER_WORDS,
    basic_tokens,
    join_initials,
    number_word_forms,
    stem,
)
from index.dedup.times import read_times
from index.geo import LONDON_BOROUGHS
from index.vocab import default_aliases

GENERAL_PHRASES: tuple[tuple[str, str], ...] = (
    ("national health service", "nhs"),
    ("general practitioner", "gp"),
    # Young adult carers (18-25) are a service apart from young carers (under 18): one word,
    # so the age groups can tell them apart (``contrasts.py``).
    ("young adult", "youngadult"),
    ("young adults", "youngadult"),
    # A council's one way in to a service: "Adult Social Care Front Door" = "Adult Social Care".
    ("front door", "frontdoor"),
    ("single point of access", "frontdoor"),
    # School key stages as schools write them: ``KS2 Maths`` = ``Key Stage 2 Maths``.
    *((f"key stage {n}", f"ks{n}") for n in range(1, 6)),
    ("black asian and minority ethnic", "bame"),
    ("black and asian minority ethnic", "bame"),
    ("black and minority ethnic", "bame"),
    ("help line", "helpline"),
    # A council's adult education service is its adult learning service, by either name.
    ("adult education", "adult learning"),
    # The DWP's and libraries' names for one session: "Work Club" = "Jobs Club" = "Job Club".
    ("work club", "job club"),
    ("jobs club", "job club"),
    ("senior citizens", "seniors"),
    ("senior citizen", "senior"),
    # The national children's centre programme's name before a centre's session: ``Sure Start
    # Stay and Play`` = ``Stay & Play`` (a wrapper word, below).
    ("sure start", "surestart"),
    # The means-tested reduction in council tax, under either of councils' names: one word,
    # so that it is no ``Council Tax`` (the bills) with a word added.
    ("council tax support", "counciltaxreduction"),
    ("council tax reduction", "counciltaxreduction"),
    # Counselling or therapy in a group: ``group`` alone is a stop word (``Carers Group`` =
    # ``Carers``), but before these it says how the service runs (``contrasts.py``).
    ("group counselling", "groupwork counselling"),
    ("group therapy", "groupwork therapy"),
    ("group therapies", "groupwork therapy"),
    ("one to one", "onetoone"),
    ("1 to 1", "onetoone"),
    ("1 1", "onetoone"),  # ``1:1``, ``1-1``
    # A listing for a service's volunteers, not its users: ``Library Volunteers``, ``Repair
    # Café Volunteers`` (``contrasts.ONE_SIDED``). Not ``volunteer`` alone, which says who
    # runs a service (``Volunteer Car Scheme``).
    ("volunteers", "volunteerrole"),
    ("volunteering", "volunteerrole"),
    ("volunteer roles", "volunteerrole"),
    ("volunteer opportunities", "volunteerrole"),
    ("volunteering opportunities", "volunteerrole"),
    # Care at home and a care home: the same two words, two opposite services (one firm often
    # runs both). Home care is one word, so that no reordering makes the one the other
    # (``aliases.csv`` reads every care home as ``care home``).
    ("care at home", "homecare"),
    ("home care", "homecare"),
    # Libraries' books brought to the housebound, a service of its own under its own name:
    # no ``Library`` with a word added.
    ("home library", "homelibrary"),
    ("library at home", "homelibrary"),
    ("housebound library", "homelibrary"),
    # Councils' and libraries' winter warm spaces go by the scheme's several names.
    ("warm welcome space", "warmspace"),
    ("warm welcome", "warmspace"),
    ("warm space", "warmspace"),
    ("warm spaces", "warmspace"),
    ("warm hub", "warmspace"),
    ("warm hubs", "warmspace"),
    ("warm bank", "warmspace"),
    ("warm banks", "warmspace"),
    # Social care's words whose order is their meaning: supported housing (a home with staff)
    # is no housing support (help to keep one's own home), supported employment (a job coach
    # for disabled people) no employment support, supported living no living support. And
    # first aid is no first of anything.
    ("supported housing", "supportedhousing"),
    ("supported accommodation", "supportedhousing"),
    ("supported living", "supportedliving"),
    ("supported employment", "supportedemployment"),
    ("first aid", "firstaid"),
    # Carers of children or young people are their parents (parent carers), not young carers,
    # who are children caring for someone: the age group is whom they care for.
    ("carers of children and young people", "parent carers"),
    ("carers of young people", "parent carers"),
    ("carers of children", "parent carers"),
    # The NHS's hospital care in a person's home (a virtual ward) and the charities' help to
    # settle back home after a stay: the same three words, two opposite services.
    ("hospital at home", "hospitalathome"),
    ("home from hospital", "homefromhospital"),
    # Falls prevention classes are strength and balance exercise, and listings name one class
    # by either (NHS, nhs.uk, "Falls": "strength and balance training"; the Otago programme).
    ("strength and balance", "fallsprevention"),
    ("strength balance", "fallsprevention"),
    ("falls prevention", "fallsprevention"),
    # The NHS bodies that run local care, named in full or by their initials: a network of GP
    # practices (NHS England, "Primary care networks") and a board that plans an area's care.
    ("primary care network", "pcn"),
    ("primary care networks", "pcn"),
    ("integrated care board", "icb"),
    ("integrated care system", "ics"),
    # One test under its lay name and its clinical one (NHS, nhs.uk: "Cervical screening",
    # "Blood tests"; "Health MOT" is how pharmacies and libraries advertise the NHS Health Check).
    ("smear test", "cervicalscreening"),
    ("smear tests", "cervicalscreening"),
    ("cervical screening", "cervicalscreening"),
    ("blood test", "phlebotomy"),
    ("blood tests", "phlebotomy"),
    ("health mot", "health check"),
    # Support after a diagnosis is no diagnosis (``contrasts._diagnosis_and_support``).
    ("post diagnostic", "postdiagnostic"),
    ("post diagnosis", "postdiagnostic"),
)
"""Multi-word forms with one spelling that are not organisations (those are in aliases.csv)."""

_NUMBER_WORDS: dict[str, str] = {
    form: str(n) for word, n in NUMBER_WORDS.items() for form in number_word_forms(word)
}
"""Number words, and their plurals, as the numbers' digits."""

NAME_ABBREVIATIONS: dict[str, str] = {
    # UK voluntary-sector and public-service abbreviations seen in directory listings.
    "st": "saint",
    "sts": "saints",
    "assoc": "association",
    "assocn": "association",
    "assn": "association",
    "soc": "society",
    "ctr": "centre",
    "ctre": "centre",
    "cntr": "centre",
    "center": "centre",
    "comm": "community",
    "cmty": "community",
    "vol": "voluntary",
    "org": "organisation",
    "orgn": "organisation",
    "organization": "organisation",
    "svc": "service",
    "svcs": "services",
    "serv": "service",
    "dept": "department",
    "govt": "government",
    "intl": "international",
    "natl": "national",
    "univ": "university",
    "hosp": "hospital",
    "fdn": "foundation",
    "fndn": "foundation",
    "info": "information",
    "mgmt": "management",
    "educ": "education",
    "bereav": "bereavement",
    "grp": "group",
    "cttee": "committee",
    "bros": "brothers",
    "mt": "mount",
    "yth": "youth",
    "sch": "school",
    "hse": "house",
    "hlth": "health",
    "dr": "doctor",
    "drs": "doctors",
    "mh": "mental health",
    "ldn": "london",
    "rd": "road",
    "ave": "avenue",
    "sq": "square",
    "pk": "park",
    "gdns": "gardens",
    "yrs": "years",
    "yr": "year",
    "mths": "months",
    "mth": "month",
    "luncheon": "lunch",  # "Luncheon Club" = "Lunch Club"
    "voluntary": "volunteer",  # "Voluntary Car Scheme" = "Volunteer Car Scheme"
    "tots": "toddlers",  # "Parent and Tots" = "Parent & Toddler Group"
    "tot": "toddler",
    "oap": "pensioner",  # old age pensioner: "OAP Lunch Club" = "Pensioners' Lunch Club"
    "oaps": "pensioners",
    # Places of worship under their own communities' words, as London's write them in turn:
    # "East London Masjid" = "East London Mosque", "Gurudwara" = "Gurdwara", "Mandir" = "Temple".
    "masjid": "mosque",
    # Chiropody is podiatry's old name; NHS foot clinics are listed under either.
    "chiropody": "podiatry",
    "chiropodist": "podiatrist",
    "chiropodists": "podiatrists",
    "gurudwara": "gurdwara",
    "mandir": "temple",
    # Compass points as a region's initials: "MND Association (NW London)" = "North West
    # London Branch". Not the single letters, which also letter a block or a wing.
    "nw": "north west",
    "ne": "north east",
    "sw": "south west",
    "se": "south east",
    # Councils' and the NHS's initials for children and young people ("CYP Participation Team").
    "cyp": "children and young people",
    # "Black and minority ethnic" and "black, Asian and minority ethnic": one term, its two
    # initialisms used in turn by councils and the NHS (GENERAL_PHRASES has it written out).
    "bme": "bame",
    # Days as timetables shorten them: ``Walking Football (Mon & Wed)``. Not ``sun``, a word
    # of its own (``Rising Sun``, ``Sun Lane``), which would part a pub's lunch club from
    # its ``(Mondays)`` listing.
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    # US spellings (national feeds, US-made platforms) → UK.
    "counseling": "counselling",
    "program": "programme",
    "programs": "programmes",
    "neighbor": "neighbour",
    "neighborhood": "neighbourhood",
    "behavior": "behaviour",
    "centers": "centres",
    # Ordinals as numbers: "First Pinner Scouts" = "1st Pinner Scouts" (and "2nd" parts them:
    # contrasts.py).
    **{
        word: str(n)
        for n, word in enumerate(
            [
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
            ],
            start=1,
        )
    },
    # Numbers written as words: "Over Fifties" = "Over 50s", "Under Fives" = "Under 5s".
    **_NUMBER_WORDS,
    # Roman numerals of a course's stage: "Step II" = "Step 2". Not I, V or X (a word and
    # letters), nor VI (visual impairment: "VI Club").
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "vii": "7",
    "viii": "8",
    # Informal words for one person: "Dads Group" = "Fathers' Group".
    "dad": "father",
    "dads": "fathers",
    "daddy": "father",
    "mum": "mother",
    "mums": "mothers",
    "mom": "mother",
    "moms": "mothers",
    "mummy": "mother",
    # Possessives written without their apostrophe ("Mens Shed", "Childrens Centre").
    "mens": "men",
    "womens": "women",
    "childrens": "children",
    "peoples": "people",
}
"""Single-token abbreviations → their full form (applied to names)."""

NAME_STOPWORDS: frozenset[str] = frozenset(
    {
        # Connectives that directories add or drop at will.
        "the",
        "a",
        "an",
        "and",
        "of",
        "for",
        "in",
        "at",
        "on",
        "to",
        "by",
        "with",
        # Legal-form and grouping words that say nothing about which service it is.
        "ltd",
        "limited",
        "group",
        "llp",
        "plc",
        "cic",
        "cio",
        "inc",
        "incorporated",
        "co",
        "company",
    }
)
"""Removed from name keys: their presence or absence never distinguishes two services."""

WRAPPER_WORDS: frozenset[str] = frozenset(
    stem(w)
    for w in (
        # What kind of thing it is, not which: "<Brand> Programme" = "<Brand>", "Youth Centre"
        # = "Youth Club" when everything else agrees.
        "programme",
        "project",
        "scheme",
        "initiative",
        "service",
        "services",
        "centre",
        "clinic",  # "Stop Smoking Clinic" = "Stop Smoking Service"
        "club",
        "hub",
        "session",
        "sessions",
        "class",  # "Seated Exercise Class" = "Seated Exercise": a session, not which one
        "classes",
        "free",  # "Free Health MOT", "FREE Swimming": what it costs, which the fee says
        "provision",
        "team",
        "association",
        "branch",  # "Parkinson's UK Harrow Branch": the charity's local branch
        "local",  # "MS Society - Ealing Local Group" = "MS Society Ealing Group"
        "referral",  # "Befriending Referral": the way in to the service (as "frontdoor")
        "referrals",
        "frontdoor",  # "Adult Social Care Front Door": the way in (GENERAL_PHRASES)
        "surestart",  # "Sure Start Stay and Play": the programme's brand (GENERAL_PHRASES)
        # Who, not which: "Support Group for Carers of People with Dementia" = "Dementia
        # Carers Support Group" (the age or condition that says which is a word of its own).
        "people",
        "person",
        "survivor",  # "Stroke Survivors Group" = "Stroke Club": who comes, not which
        "survivors",
        # Council and London wrappers: "<Brand> (Harrow Council)", "London <Service>".
        "council",
        "borough",
        "nhs",  # "NHS Stop Smoking Service": who runs it
        "london",
        "royal",
        "lb",  # "LB Hackney Adult Learning": London Borough
        "lbc",
        "rb",  # Royal Borough
    )
)
"""Name words the name comparator counts as little as the record's own place words."""


def _phrase_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Token sequence → its canonical tokens, from aliases.csv and ``GENERAL_PHRASES``."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for long, short in GENERAL_PHRASES:
        table[tuple(long.split())] = tuple(short.split())
    for row in default_aliases():
        canonical = tuple(join_initials(basic_tokens(row.canonical)))
        for form in (row.canonical, *row.forms):
            key = tuple(join_initials(basic_tokens(form)))
            if key and (key != canonical or len(key) > 1):
                # The canonical name itself too: read whole, its last word cannot start
                # another alias ("Action for Children Centre" is no children's centre).
                table[key] = canonical
    return table


PHRASES = _phrase_table()
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
_BY_SECOND: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _key, _canonical in sorted(PHRASES.items(), key=lambda kv: -len(kv[0])):
    _BY_FIRST.setdefault(_key[0], []).append((_key, _canonical))
    if len(_key) > 1:
        _BY_SECOND.setdefault(_key[1], []).append((_key, _canonical))

MIN_TYPO_WORD = 6
"""The letters an alias's word needs for a typo in it to be read as the word (``Citzens``:
``citizens``; not ``cafe`` or ``home``, where one letter makes another word)."""


def _one_typo(typed: str, word: str) -> bool:
    """One letter lost or added, never the first (typos rarely hit it). Not one changed:
    ``Age Concert`` is no Age Concern."""
    return (
        len(word) >= MIN_TYPO_WORD
        and len(typed) >= MIN_TYPO_WORD - 1
        and typed[0] == word[0]
        and Indel.distance(typed, word, score_cutoff=1) == 1
    )


def _typo_alias(
    tokens: list[str], i: int, longer_than: int = 1
) -> tuple[int, tuple[str, ...]] | None:
    """(its length, its canonical tokens) of an alias of two words or more (and more than
    ``longer_than``) written at ``i`` with one typo in one long word, every other word exact:
    ``Citzens Advice`` is Citizens Advice, read as CAB. Looked up by the first word (a typo
    after it) and the second (a typo in the first)."""
    n = len(tokens)
    for key, canonical in _BY_FIRST.get(tokens[i], ()):
        size = len(key)
        if size <= longer_than:
            break  # longest first
        if i + size > n:
            continue
        missed = -1
        for j in range(1, size):
            if tokens[i + j] != key[j]:
                if missed >= 0:
                    missed = -2
                    break
                missed = j
        if missed > 0 and _one_typo(tokens[i + missed], key[missed]):
            return size, canonical
    if i + 1 < n:
        for key, canonical in _BY_SECOND.get(tokens[i + 1], ()):
            size = len(key)
            if size <= longer_than:
                break
            if (
                i + size <= n
                and _one_typo(tokens[i], key[0])
                and tuple(tokens[i + 2 : i + size]) == key[2:]
            ):
                return size, canonical
    return None


def expand_aliases(tokens: list[str]) -> list[str]:
    """Replace every known alias (longest first, left to right) by its canonical tokens, also
    one written with a typo (``_typo_alias``). Indexed by first word: most words start no alias
    and cost one lookup (two more for the typos)."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        found: tuple[int, tuple[str, ...]] | None = None
        for key, canonical in _BY_FIRST.get(tokens[i], ()):
            if tuple(tokens[i : i + len(key)]) == key:
                found = len(key), canonical
                break
        # Else an alias with a typo, or a longer one than found ("Care Home with Nrsing").
        typo = _typo_alias(tokens, i, found[0] if found else 1)
        if typo is not None:
            found = typo
        if found is None:
            out.append(tokens[i])
            i += 1
        else:
            out.extend(found[1])
            i += found[0]
    return out


_CUT = re.compile(r"\s*(?:\.{3,}|…\.*)\s*$")
"""A name the directory cut short: ``Harrow Association of Disabled Peo...``."""
_TAGLINE = re.compile(r"\s*(?::|\s[-–—])\s+(?=[a-z])(?:\S+\s+){2,}\S+\s*$")
"""A tagline after the name, a phrase in lower case: ``Brent Carers Centre: supporting unpaid
carers across Brent since 1995`` (a second name after a colon starts with a capital). One that
says which (``Walking Group - meets every tuesday``) stays: ``contrasts.says_which``."""


def _as_named(name: str) -> str:
    """The name without a tagline after it, and without the part word a cut left at its end
    (``… Disabled Peo...`` → ``… Disabled``; ``… Disabled ...`` keeps ``Disabled``), first
    without what a directory wrote round it (its site's name, a copy's mark, its reference)."""
    if "|" in name or "»" in name:
        site = _SITE_TAIL.search(name)
        if site is not None and site.start() > 0:
            name = name[: site.start()]
    if name[:1] in "CcDd" and _COPY_OF.match(name):
        name = _COPY_OF.sub("", name, count=1)
    if _DIGIT_RUN.search(name):
        name = _REFERENCE.sub("", name)
        name = _REGISTRATION_IN_NAME.sub("", name)
    if "@" in name or ("." in name and _WEB_HINT.search(name)):
        name = _CONTACT_IN_NAME.sub("", name)
    if name[-1:] in (".", "…", " ") and (
        name.rstrip(". ").endswith("…") or name.rstrip().endswith("...")
    ):
        cut = _CUT.search(name)
        if cut is not None:
            kept = name[: cut.start()]
            if not cut.group(0)[0].isspace() and " " in kept:
                kept = kept.rsplit(" ", 1)[0]  # the word the cut went through
            name = kept
    if ":" in name or " -" in name or " –" in name or " —" in name:
        tagline = _TAGLINE.search(name)
        if tagline is not None and not says_which({stem(w) for w in basic_tokens(tagline[0])}):
            name = name[: tagline.start()]
    if "ormer" in name or "revious" in name or "ORMER" in name or "REVIOUS" in name:
        former = _FORMER_NAME.search(name)
        if former is not None and former.start() > 0:
            name = name[: former.start()]
    if _DIGIT_RUN.search(name):  # most names hold no run of digits
        name = _PHONE_IN_NAME.sub(_without_phone, name)
        name = _CODE.sub(" ", name)  # (after the phone numbers, whose parts it would take)
    if "£" in name or _PENCE.search(name):
        name = _PRICE_IN_NAME.sub(" ", name)
    if "(" in name or "[" in name:
        name = _INITIALS_IN_BRACKETS.sub(_without_own_initials, name)
    return name


_INITIALS_IN_BRACKETS = re.compile(r"\s*[(\[]\s*([A-Za-z]{2,8})\s*[)\]]")
"""A word in brackets that may be the initials of the words before it."""
_INITIAL_STOP_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "on", "with", "at", "by"})
"""Small words that initials take or leave (``Speech and Language Therapy (SALT)``, ``Riding
for the Disabled Association (RDA)``)."""


def spells_words_before(initials: str, words: list[str]) -> bool:
    """Whether ``initials`` are the first letters of the last words of ``words``, each small
    word taken or left (``_INITIAL_STOP_WORDS``)."""

    def match(i: int, j: int) -> bool:
        if i < 0:
            return True
        if j < 0:
            return False
        word = words[j]
        if word[0] == initials[i] and match(i - 1, j - 1):
            return True
        return word in _INITIAL_STOP_WORDS and match(i, j - 1)

    return match(len(initials) - 1, len(words) - 1)


_LAST_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z])[A-Za-z]*(?=[^A-Za-z]*$)")
"""The first letter of the last word (``Drop-in`` ends with ``in``)."""


def _without_own_initials(found: re.Match[str]) -> str:
    """``Independent Mental Health Advocacy (IMHA)`` → the words alone: the bracket only
    spells them again, and read as a word of its own it made the words look like more than
    ``IMHA``, another directory's name for the same service (which ``name_score.spelt_out``
    reads as its initials)."""
    initials = found.group(1).lower()
    text = found.string[: found.start()]
    last = _LAST_WORD.search(text[-40:])
    if last is None or (
        last.group(1).lower() != initials[-1]
        and last.group(0).strip(" -–—,.").lower() not in _INITIAL_STOP_WORDS
    ):
        return found.group(0)  # the common case: a word in brackets, no initials (``(Men)``)
    before = re.findall(r"[a-z]+", text.lower())
    return " " if before and spells_words_before(initials, before) else found.group(0)


_SITE_TAIL = re.compile(
    r"\s+[|»]\s+[^|»]*\b(?:council|borough|directory|information\s+service|local\s+offer|fis"
    r"|marketplace|market\s+place|careplace|shop4support|nhs|connect\s+to\s+support|hub"
    r"|gov\.uk)\b[^|»]*$",
    re.IGNORECASE,
)
"""The site's name after a page title's bar (``Chiswick Toy Library | Family Information
Service``, ``Lunch Club » Harrow Council``): a spider that read the page's title read the
directory's name with the service's; the directory names no service."""
_REFERENCE = re.compile(
    r"\s*[-–—:,]?\s*[(\[]?\s*\b(?:ref(?:erence)?|id|listing\s+id|service\s+id|record)"
    r"\s*(?:no\.?|number|#)?\s*[:.#]?\s*[A-Z]{0,3}-?\d{3,}\s*[)\]]?",
    re.IGNORECASE,
)
"""A directory's reference for the listing written into its name (``Hornsey Lunch Club (Ref:
10452)``, ``[ID 4521]``): which record, not which service; its digits would read as a number
that parts names."""
_CODE = re.compile(r"(?<![\d.,£-])\b\d{5,6}\b(?![\d.,%-])")
"""A number of five or six digits standing alone in a name: a text service's short code
(``Shout 85258``), never which session (ages, times, years and room numbers are shorter)."""
_REGISTRATION_IN_NAME = re.compile(
    r"\s*[-–—:,]?\s*[(\[]?\s*(?:registered\s+|reg(?:istered)?\.?\s+)?(?:charity|company|cio|cic)"
    r"\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?|number|#)?\s*[:.#]?\s*(?:sc|[a-z]{2})?\d{6,8}\s*[)\]]?",
    re.IGNORECASE,
)
"""A charity's or company's registration written into its name (``Hackney Men's Shed
(Registered Charity No. 1176543)``, ``– Charity Number 1098765``, ``Company No. 08123456``):
the listing's registration says who it is, and the digits would read as a number."""
_CONTACT_IN_NAME = re.compile(
    r"\s*[-–—:,]?\s*[(\[]?\s*(?:(?:e-?mail|web(?:site)?|visit)\s*:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s)\]]+"
    r"|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|gov|nhs|co|ac|info)(?:\.uk)?(?![\w.]))"
    r"/?\s*[)\]]?",
    re.IGNORECASE,
)
"""An e-mail address or a web address written into a name (``Befriending Scheme
(befriending@ageukbarnet.org.uk)``, ``Carers Café – www.harrowcarers.org``, ``Lunch Club
(visit ageuk.org.uk)``): the listing's e-mail and website say them, and the words of an address
(``ageukbarnet``, ``org``) would read as words of the name."""
_WEB_HINT = re.compile(r"www\.|https?:|\.(?:org|com|net|gov|nhs|co|ac|info)\b", re.IGNORECASE)
"""Whether a name with a full stop can hold a web address (most full stops end ``St.``)."""
_COPY_OF = re.compile(r"^\s*(?:copy|clone|duplicate)\s+of\s+", re.IGNORECASE)
"""A content system's mark on a listing copied from another (``Copy of Eltham Dementia Cafe``,
``Clone of …``): the copy's name is the original's."""


_PRICE_IN_NAME = re.compile(
    r"\s*[-–—:,(]?\s*(?:£\s?\d+(?:[.,]\d\d)?|(?<![\w.£])\d{1,3}p)"
    r"(?:\s*(?:per|a|/)\s*(?:session|class|week|visit|meal|person|head|child|adult))?"
    r"(?!\w)\)?",
    re.IGNORECASE,
)
"""A price written into a name (``Thursday Lunch Club - £3``, ``Lunch Club (£3.50)``, ``Tea
Dance 50p``): what it costs, which the listing's fee says, not which service; its digits would
read as a number that parts names."""
_PENCE = re.compile(r"\dp(?!\w)", re.IGNORECASE)
"""A digit before ``p`` that ends a word: whether a name can hold a price in pence at all."""


_PHONE_IN_NAME = re.compile(
    r"\s*[-–—:,(]?\s*(?:(?:call|tel|phone|freephone|text)\b\.?:?\s*)?"
    r"(?<!\w)(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)[\d()\s-]{8,16}\d\)?",
    re.IGNORECASE,
)
"""A UK phone number written into a name (``Carers Helpline 0800 808 7777``, ``Debt Advice –
call 020 8123 4567``), with the word that calls it: the listing's phone says it, and its digits
would read as numbers that part names."""
_DIGIT_RUN = re.compile(r"\d\d\d")
"""Three digits together, as every way of writing a phone number has."""
_PHONE_DIGITS = (10, 11)
"""Digits of a UK number from its leading 0 (a few old numbers have ten)."""


def _without_phone(found: re.Match[str]) -> str:
    """The match gone when it is a whole UK number (its national digits, from the 0)."""
    text = found[0]
    digits = "".join(ch for ch in text if ch.isdigit())
    if "+" in text:
        digits = "0" + digits.removeprefix("44").removeprefix("0")
    low, high = _PHONE_DIGITS
    return " " if low <= len(digits) <= high else text


_FORMER_NAME = re.compile(
    r"\s*(?:\(\s*|\[\s*|[-–—,]\s+)(?:formerly|previously)(?:\s+known\s+as|\s+called)?\b[^)\]]*[)\]]?\s*$",
    re.IGNORECASE,
)
"""The name a charity went by before, written after its name: ``Ealing Carers (formerly Ealing
Association of Carers)``, ``Mind in Harrow – previously Harrow Mind``. The old name says which
organisation it was, not which service this is; read with it, the name looks like another."""


STATUS_NOTES: tuple[str, ...] = (
    "new", "now open", "reopened", "re-opened", "updated",
    "closed", "temporarily closed", "currently closed",
    "suspended", "temporarily suspended", "currently suspended",
    "paused", "temporarily paused", "currently paused",
    "cancelled", "canceled", "on hold",
)  # fmt: skip
"""A directory's notes on a listing that it writes into the name."""
_NOTE = "(?:" + "|".join(re.escape(note).replace(r"\ ", r"\s+") for note in STATUS_NOTES) + ")"
_STATUS = re.compile(
    rf"(?:^|(?<=[\s(\[*])){_NOTE}\s*(?:[!:*)\]]|-\s)|\s[-–—]\s*{_NOTE}\s*$",
    re.IGNORECASE,
)
"""A note written into a name: ``NEW! Men's Shed``, ``Stroke Club (temporarily closed)``,
``CLOSED: Lunch Club``, ``Knit and Natter (Temporarily Suspended)``, ``Lunch Club - Paused``
— not ``New Horizons`` or ``Try Something New``, which are names."""
_STATUS_HINTS = ("new", "open", "close", "updated", "suspend", "pause", "cancel", "hold")


_TENS_AND_UNIT = re.compile(
    r"\b({})[-\s]({})(?=s?\b)".format(
        "|".join(word for word, n in NUMBER_WORDS.items() if n >= 20),
        "|".join(word for word, n in NUMBER_WORDS.items() if 1 <= n <= 9),
    ),
    re.IGNORECASE,
)
"""A number written as two words, the tens and the units of ``text.NUMBER_WORDS``:
``Club Fifty-Five`` = ``Club 55``."""


def _compound_number(found: re.Match[str]) -> str:
    tens, unit = found.group(1).lower(), found.group(2).lower()
    return str(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])


AGE_FROM_NOTHING = frozenset({"under", "up"})
"""``Under 5s`` and ``up to 5`` (``to`` is a stop word) are the range ``0-5``."""


def _from_nothing(tokens: list[str]) -> None:
    """``Stay & Play for Under 5s`` = ``Stay and Play (0-5)``, ``Under Fives`` too."""
    for i in range(len(tokens) - 1):
        if tokens[i] in AGE_FROM_NOTHING and tokens[i + 1][0].isdigit():
            tokens[i] = "0"


@lru_cache(maxsize=262_144)
def name_tokens(name: str) -> tuple[str, ...]:
    """The distinguishing tokens of a service or organisation name, in order: aliases read as
    their canonical name, abbreviations expanded, stop words removed, words stemmed.
    ``"St Mary's Assoc. & CAB Ltd"`` → ``("saint", "mary", "association", "cab")``. Tokens are
    interned: a million listings share a vocabulary of a few hundred thousand words."""
    out: list[str] = []
    name = read_times(_as_named(name))
    if "ty" in name or "TY" in name or "Ty" in name:  # most names hold no tens word
        name = _TENS_AND_UNIT.sub(_compound_number, name)
    lowered = name.lower()
    if any(hint in lowered for hint in _STATUS_HINTS):  # most names have none: skip the pattern
        name = _STATUS.sub(" ", name)
    words = _WORDS_OF
    for token in expand_aliases(join_initials(basic_tokens(name))):
        found = words.get(token)
        out.extend(_words_of(token) if found is None else found)
    if "under" in out or "up" in out:
        _from_nothing(out)
    return tuple(out)


_WORDS_OF: dict[str, tuple[str, ...]] = {}
"""A token → the name words it gives (``_words_of``): the vocabulary of a million listings
is a few hundred thousand words, each worked out once."""


_UNDER_AGE = re.compile(r"u(\d{1,2})s?")
"""``U18s``, ``U11``: a junior team's or session's age limit, ``under 18s``."""


def _words_of(token: str) -> tuple[str, ...]:
    """A token's abbreviation expanded, stop words dropped, stemmed, a number's plural or
    ordinal read as the number, interned."""
    out: list[str] = []
    expanded = NAME_ABBREVIATIONS.get(token, token)
    if expanded[0] == "u" and (under := _UNDER_AGE.fullmatch(expanded)):
        expanded = "under " + under.group(1)
    for part in expanded.split():
        if part not in NAME_STOPWORDS:
            word = stem(part)
            if word[0].isdigit() and not word.isdigit():
                word = _number_word(word)
            out.append(sys.intern(word))
    found = tuple(out)
    if len(_WORDS_OF) < 500_000:
        _WORDS_OF[token] = found
    return found


def _number_word(word: str) -> str:
    """A number's plural or ordinal is the number: ``Over 60s`` = ``Over 60``, ``1st`` = ``1``."""
    for ending in ("s", "st", "nd", "rd", "th"):
        if word.endswith(ending) and word[: -len(ending)].isdigit():
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=65_536)
def initialisms(name: str) -> tuple[str, ...]:
    """The initials an organisation's name is shortened to, whole, without its first words, and
    without its last (at least three letters left): ``Harlesden Community Association`` →
    ``hca``, ``ca`` — so that ``Peer Support Group
    (Harlesden CA)`` names its own organisation, not another service."""
    tokens = name_tokens(name)
    found: dict[str, None] = {}
    for start in range(max(0, len(tokens) - 1)):
        initials = "".join(t[0] for t in tokens[start:])
        forms = [initials]
        if start == 0:
            # Acronyms often leave the last words out: Harrow Association of Disabled People
            # goes by HAD as well as HADP.
            forms += [initials[:end] for end in range(len(initials) - 1, 2, -1)]
        for form in forms:
            # As a name's tokens: initials that spell an abbreviation read as its word ("ST").
            found.update(dict.fromkeys(name_tokens(form)))
    return tuple(found)


COUNCIL = "council"
"""The word ``organisation_tokens`` gives every way of naming a council."""
COUNCIL_MARKERS: frozenset[str] = frozenset({COUNCIL, "borough", "lb", "rb", "lbc"})
COUNCIL_WORDS: frozenset[str] = COUNCIL_MARKERS | {"london", "royal", "metropolitan", "city"}


ROYAL_BOROUGHS: frozenset[str] = frozenset(
    {"Greenwich", "Kensington and Chelsea", "Kingston upon Thames"}
)
"""London's royal boroughs, whose councils write RB (``RBKC``) as often as LB."""


def _council_initials() -> dict[str, str]:
    """``LBTH``, ``LBHF``, ``RBKC``, ``LBRUT`` → the borough whose council writes itself so:
    ``LB`` or ``RB`` and the initials of its name (``upon Thames`` with or without), kept only
    where one borough has them (``LBH`` is Harrow, Hounslow, Hackney… and none of them)."""
    found: dict[str, set[str]] = {}
    for borough in LONDON_BOROUGHS:
        if borough == "City of London":
            continue  # a Corporation, not a borough
        words = [w for w in borough.split() if w not in ("and", "of")]
        spellings = {"".join(w[0] for w in words).upper()}
        if "upon" in words:
            spellings.add("".join(w[0] for w in words[: words.index("upon")]).upper())
        prefixes = ("LB", "RB") if borough in ROYAL_BOROUGHS else ("LB",)
        for initials in spellings:
            for prefix in prefixes:
                found.setdefault(prefix + initials, set()).add(borough)
    return {initials: next(iter(b)) for initials, b in found.items() if len(b) == 1}


COUNCIL_INITIALS: dict[str, str] = _council_initials()
_LONGEST_INITIALS = 2 * max(map(len, COUNCIL_INITIALS)) + 2
"""The longest a council's initials can be written (``L. B. T. H.``)."""


@lru_cache(maxsize=65_536)
def organisation_tokens(name: str) -> tuple[str, ...]:
    """Name tokens of an organisation, with the ways of naming a council folded into one:
    ``London Borough of Hounslow``, ``LB Hounslow``, ``Hounslow Council`` and ``LBTH`` (Tower
    Hamlets: ``COUNCIL_INITIALS``) all become ``("council", "hounslow")`` — a council, never a
    charity that has the borough in its name (``Hope Network Hounslow``)."""
    if len(name) <= _LONGEST_INITIALS:  # (most organisations' names are longer)
        borough = COUNCIL_INITIALS.get(re.sub(r"[^A-Za-z]", "", name).upper())
        if borough is not None:
            return (COUNCIL, *name_tokens(borough))
    tokens = name_tokens(name)
    if not any(t in COUNCIL_MARKERS for t in tokens):
        return tokens
    place = tuple(t for t in tokens if t not in COUNCIL_WORDS)
    return (COUNCIL, *place) if place else tokens


@lru_cache(maxsize=262_144)
def _place_words(text: str) -> tuple[str, ...]:
    return tuple(t for t in name_tokens(text) if not t[0].isdigit())


def place_tokens(*texts: str | None) -> tuple[str, ...]:
    """Tokens of a record's own organisation and place names, sorted: in a service name they
    say who and where, not which, and other comparators judge those. A tuple, not a set: a
    million records each hold one, and a small tuple takes a fifth of a small set's memory."""
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(_place_words(text))
    return tuple(sorted(found))


JOINED: frozenset[str] = frozenset(
    token for _long, short in GENERAL_PHRASES if " " not in short for token in name_tokens(short)
)
"""The one-word readings of ``GENERAL_PHRASES`` (``supportedhous``, ``homecare``): a phrase
read as one word is a word of its own, neither the abbreviation of a longer word nor a kind's
keyword broken up (``name_score.fuzzy_pairs``, ``categories.Categories``)."""
