"""The sample sources: which platform each one mimics, which boroughs it covers and how likely a
service of that borough is to be listed there, and the habits that make its copies differ.

The ids here are the source ids of ``sources/demo.toml`` and the path prefixes the sample
server serves each site under. Keep the three in step (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    platform: str
    """marketplace | kb5 | careplace | fid | oruk3 | oruk1 | sitemap | csv | pcg | afc | jadu |
    connected_places | outpost | localgov"""
    coverage: dict[str, float]
    """Borough → probability that a service of that borough is listed here."""
    phone_styles: tuple[str, ...]
    """Formats this source tends to write phone numbers in (see variations.format_phone)."""
    name_habits: tuple[str, ...] = ()
    """Name rewrites this source is prone to (see variations.vary_name)."""
    stale: float = 0.15
    """Share of copies with an old description / not updated after a move or closure."""
    sparse: float = 0.15
    """Share of optional fields left empty."""
    settings: dict[str, str] = field(default_factory=dict)
    """Platform specifics (kb5 tenant/directory/channel) and the site's ``theme`` (one of its
    platform's ``Site.themes``; default the first)."""
    blocked: bool = False
    """robots.txt disallows everything: harvesters must skip and report it."""
    wave: int = 1
    """Publishers of wave 2 (added with the platforms of issue 19) draw which services they
    list, and their copies, from random streams of their own, after wave 1: adding them left
    every wave-1 source's listings exactly as they were (keys, wording, saved fixtures)."""


PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "hillingdon-marketplace",
        "Hillingdon Care and Support Directory",
        "marketplace",
        {"Hillingdon": 0.8},
        ("spaced", "spaced", "compact"),
        ("title",),
        stale=0.1,
    ),
    Publisher(
        "harrow-marketplace",
        "Harrow Community Directory",
        "marketplace",
        {"Harrow": 0.8},
        ("spaced", "intl"),
        ("org_prefix",),
        stale=0.2,
        settings={"theme": "summary"},
    ),
    Publisher(
        "hounslow-fsd",
        "Hounslow Family Services Directory",
        "kb5",
        {"Hounslow": 0.8},
        ("spaced", "london_0207"),
        ("and", "org_suffix"),
        settings={"tenant": "hounslow", "directory": "fsd", "channel": "familychannel"},
    ),
    Publisher(
        "wandsworth-fis",
        "Wandsworth Family Information Service",
        "kb5",
        {"Wandsworth": 0.85},
        ("spaced", "brackets"),
        ("ampersand",),
        settings={
            "tenant": "wandsworth",
            "directory": "fis",
            "channel": "directorychannel",
            "theme": "presence",
        },
    ),
    Publisher(
        "rbkc-directory",
        "Kensington and Chelsea Local Offer and Community Directory",
        "kb5",
        {"Kensington and Chelsea": 0.85},
        ("spaced", "intl0"),
        ("upper_words",),
        settings={
            "tenant": "rbkc",
            "directory": "directory",
            "channel": "localofferchannel",
            "theme": "bootstrap",
        },
    ),
    Publisher(
        "bexley-localoffer",
        "Bexley Local Offer",
        "kb5",
        {"Bexley": 0.3},
        ("spaced",),
        (),
        settings={"tenant": "bexley", "directory": "localoffer", "channel": "localofferchannel"},
        blocked=True,
    ),
    Publisher(
        "careplace",
        "CarePlace",
        "careplace",
        {
            "Brent": 0.8,
            "Ealing": 0.5,
            "Enfield": 0.35,
            "Harrow": 0.5,
            "Hillingdon": 0.45,
            "Hounslow": 0.45,
            "Kensington and Chelsea": 0.4,
            "Wandsworth": 0.35,
        },
        ("compact", "spaced", "intl"),
        ("title", "org_suffix", "abbrev"),
        stale=0.25,
        sparse=0.25,
    ),
    Publisher(
        "bexley-fid",
        "Bexley Family Information Directory",
        "fid",
        {"Bexley": 0.9},
        ("spaced", "compact"),
        ("upper", "abbrev"),
        stale=0.2,
    ),
    Publisher(
        "kingston-openplace",
        "South West London Open Place (ORUK 3.0)",
        "oruk3",
        {"Kingston upon Thames": 0.9, "Wandsworth": 0.3, "Hounslow": 0.2},
        ("intl",),
        ("and",),
        stale=0.1,
        sparse=0.1,
    ),
    Publisher(
        "enfield-outpost",
        "Enfield Connected Communities (ORUK 1.0 API)",
        "oruk1",
        {"Enfield": 0.9},
        ("spaced", "compact"),
        ("org_suffix",),
    ),
    Publisher(
        "greenwich-directory",
        "Greenwich Community Directory",
        "sitemap",
        {"Greenwich": 0.9, "Bexley": 0.25},
        ("spaced",),
        ("ampersand",),
    ),
    Publisher(
        "ealing-open-data",
        "West London Community Services (open data CSV)",
        "csv",
        {"Ealing": 0.85, "Brent": 0.35},
        ("compact", "spaced", "intl"),
        ("upper", "title"),
        stale=0.3,
        sparse=0.3,
    ),
    # -- wave 2: the platforms of issue 19 (docs/sample-sources.md §9–14) -----------------
    Publisher(
        "hillingdon-connect",
        "Connect to Support Hillingdon",
        "pcg",
        {"Hillingdon": 0.45},
        ("spaced", "compact"),
        ("title",),
        settings={"theme": "direct"},
        wave=2,
    ),
    Publisher(
        "shop4support",
        "Shop4Support marketplace (West London)",
        "pcg",
        {"Brent": 0.3, "Ealing": 0.2},
        ("compact", "intl"),
        ("org_prefix",),
        sparse=0.2,
        settings={"theme": "wrapped"},
        wave=2,
    ),
    Publisher(
        "kingston-afc",
        "Achieving for Children: Kingston and Richmond",
        "afc",
        {"Kingston upon Thames": 0.55},
        ("spaced", "brackets"),
        ("title",),
        wave=2,
    ),
    Publisher(
        "hounslow-directory",
        "Hounslow Council directories (Jadu)",
        "jadu",
        {"Hounslow": 0.35},
        ("spaced",),
        ("ampersand",),
        settings={"theme": "list", "directory": "12", "slug": "community-groups-and-services"},
        wave=2,
    ),
    Publisher(
        "enfield-directory",
        "Enfield Council directories (Jadu)",
        "jadu",
        {"Enfield": 0.4},
        ("spaced", "intl0"),
        ("upper_words",),
        settings={"theme": "dl", "directory": "44", "slug": "support-and-activities"},
        wave=2,
    ),
    Publisher(
        "kingston-connected",
        "Connected Kingston (Connected Places API)",
        "connected_places",
        {"Kingston upon Thames": 0.45},
        ("spaced", "intl"),
        ("and",),
        settings={"theme": "v1"},
        wave=2,
    ),
    Publisher(
        "hounslow-connect",
        "Connect to Hounslow (Connected Places API)",
        "connected_places",
        {"Hounslow": 0.35},
        ("spaced",),
        ("org_suffix",),
        settings={"theme": "v2"},
        wave=2,
    ),
    Publisher(
        "greenwich-outpost",
        "Royal Greenwich services (Outpost API)",
        "outpost",
        {"Greenwich": 0.5},
        ("spaced", "compact"),
        (),
        stale=0.1,
        settings={"theme": "index"},
        wave=2,
    ),
    Publisher(
        "rbkc-outpost",
        "Kensington and Chelsea family services (Outpost API, 2020 index)",
        "outpost",
        {"Kensington and Chelsea": 0.3},
        ("spaced", "intl"),
        ("title",),
        settings={"theme": "legacy"},
        wave=2,
    ),
    Publisher(
        "greenwich-community",
        "Greenwich Community Directory (LocalGov Drupal)",
        "localgov",
        {"Greenwich": 0.5},
        ("spaced",),
        ("ampersand",),
        settings={"theme": "rbg"},
        wave=2,
    ),
    Publisher(
        "harrow-localgov",
        "Harrow community directory (LocalGov Drupal, definition-list theme)",
        "localgov",
        {"Harrow": 0.35},
        ("spaced", "compact"),
        ("abbrev",),
        settings={"theme": "dl"},
        wave=2,
    ),
    Publisher(
        "ealing-localgov",
        "Ealing community directory (LocalGov Drupal, localgov_base theme)",
        "localgov",
        {"Ealing": 0.3},
        ("spaced", "intl"),
        ("title",),
        settings={"theme": "base"},
        wave=2,
    ),
)

BY_ID: dict[str, Publisher] = {p.id: p for p in PUBLISHERS}

CAPABILITIES: dict[str, frozenset[str]] = {
    "marketplace": frozenset(
        {"schedule", "cost", "ages", "eligibility", "referral", "accessibility", "contact_name"}
    ),
    "kb5": frozenset(
        {"schedule", "cost", "ages", "eligibility", "referral", "accessibility", "contact_name"}
    ),
    "careplace": frozenset({"accessibility"}),
    "fid": frozenset({"schedule", "cost", "ages"}),
    "oruk3": frozenset(
        {
            "schedule",
            "cost",
            "ages",
            "eligibility",
            "referral",
            "accessibility",
            "contact_name",
            "languages",
        }
    ),
    "oruk1": frozenset(
        {"schedule", "cost", "ages", "eligibility", "accessibility", "contact_name", "languages"}
    ),
    "sitemap": frozenset({"schedule", "cost", "ages", "eligibility", "accessibility"}),
    "csv": frozenset({"schedule", "cost", "ages", "eligibility"}),
    # Connect to Support's directory API evidences name, address, postcode, phone, e-mail,
    # position and an Ofsted URN; nothing of times, costs or ages.
    "pcg": frozenset(),
    "afc": frozenset({"ages", "cost", "schedule"}),
    "jadu": frozenset({"schedule", "cost", "ages", "eligibility"}),
    "connected_places": frozenset(
        {"schedule", "cost", "ages", "eligibility", "referral", "accessibility", "contact_name"}
    ),
    "outpost": frozenset({"schedule", "cost", "ages", "accessibility", "contact_name"}),
    "localgov": frozenset({"schedule", "cost", "ages", "contact_name"}),
}
"""Which optional fields each platform can publish at all (CarePlace evidences no opening
hours, cost, eligibility or separate postcode field; FID pages are thin)."""
